def describe(self):
    return f"{type(self).__name__} with {vars(self)}"

Animal = type("Animal", (), {"legs": 4, "describe": describe, "__init__": lambda self, n: setattr(self, "name", n)})
Bird = type("Bird", (Animal,), {"legs": 2})
b = Bird("tweety")
print(b.describe(), b.legs, Bird.__bases__[0].__name__, Bird.__mro__[-1])
print(type(b).__qualname__, Bird.__module__)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.setdefault("tag", name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        print(f"Meta created {name} with {sorted(k for k in ns if not k.startswith('__'))}")
        return cls
    def __call__(cls, *args):
        print(f"Meta.__call__ for {cls.__name__}{args}")
        return super().__call__(*args)

class Widget(metaclass=Meta):
    def __init__(self, size):
        self.size = size
class Button(Widget):
    tag = "btn"
w = Button(3)
print(w.size, Widget.tag, Button.tag, type(Button).__name__, isinstance(Button, Meta))

class Weird:
    def __new__(cls, x):
        if x < 0:
            return "negative!"
        return super().__new__(cls)
    def __init__(self, x):
        print("  __init__ called with", x)
        self.x = x
print(Weird(1).x, Weird(-1))
obj = Weird(2)
obj.__class__ = Bird
print(type(obj).__name__, obj.legs)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
type("Y")
