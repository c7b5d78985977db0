class Strict:
    _fields = ("name", "age")
    def __setattr__(self, name, value):
        if name not in self._fields:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}")
        if name == "age" and not isinstance(value, int):
            raise TypeError(f"age must be int, not {type(value).__name__}")
        super().__setattr__(name, value)

s = Strict()
s.name = "Ann"
s.age = 30
print(vars(s))
for field, val in [("age", "thirty"), ("email", "a@b"), ("age", 31)]:
    try:
        setattr(s, field, val)
        print("set", field)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(s.age)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, k, v):
        raise AttributeError("frozen")
    def __delattr__(self, k):
        raise AttributeError("can't delete")
f = Frozen(1)
print(f.v)
try:
    del f.v
except AttributeError as e:
    print(e)
f.v = 2
