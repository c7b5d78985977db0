# Reusable validated fields with descriptors and __set_name__.
class Field:
    def __init__(self, kind, *, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        print(f"binding {owner.__name__}.{name}")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {value!r}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public} must be >= {self.minimum}")
        setattr(obj, self.private, value)

    def __repr__(self):
        return f"<Field {self.public}: {self.kind.__name__}>"

class Person:
    name = Field(str)
    age = Field(int, minimum=0)

    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age, vars(p), Person.age)
for attr, value in [("age", -1), ("age", "old"), ("name", None)]:
    try:
        setattr(p, attr, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
late = Field(float)
Person.height = late
print(hasattr(late, "public"))
late.__set_name__(Person, "height")
p.height = 1.8
print(p.height, sorted(vars(p)))
p.__dict__["age"] = 99
print(p.age)
Person("Bob", 2.5)
