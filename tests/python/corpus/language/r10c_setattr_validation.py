class Frozenish:
    __fields = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self._locked = True

    def __setattr__(self, name, value):
        if getattr(self, "_locked", False):
            raise AttributeError(f"cannot set {name!r}: object is locked")
        if name in self.__fields and not isinstance(value, int):
            raise TypeError(f"{name} must be int, not {type(value).__name__}")
        super().__setattr__(name, value)

f = Frozenish(1, 2)
print(f.x, f.y, vars(f))
try:
    f.x = 5
except AttributeError as e:
    print(e)
try:
    Frozenish(1, "2")
except TypeError as e:
    print(e)
print(Frozenish._Frozenish__fields)
object.__setattr__(f, "x", 10)
print(f.x)
print(sorted(k for k in Frozenish.__dict__ if not k.startswith("__")))
f.z = 0
