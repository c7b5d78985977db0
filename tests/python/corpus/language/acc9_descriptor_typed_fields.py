# A typed-field descriptor with __set_name__, a class-level get, and a non-data descriptor.
class Typed:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default

    def __set_name__(self, owner, name):
        self.name = name
        print(f"set_name {owner.__name__}.{name}")

    def __get__(self, obj, owner):
        if obj is None:
            return f"<Typed {self.name}: {self.kind.__name__}>"
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} expects {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value

class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value

class Item:
    name = Typed(str, "?")
    qty = Typed(int, 0)

    @Lazy
    def label(self):
        print("computing label")
        return f"{self.qty} x {self.name}"

it = Item()
print(Item.name, it.name, it.qty)
it.name, it.qty = "pen", 3
print(it.label, it.label, vars(it))
try:
    it.qty = "3"
except TypeError as e:
    print(e)
