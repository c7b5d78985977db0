class Base:
    base_attr = 1
    def base_method(self):
        pass

class Thing(Base):
    kind = "thing"
    def __init__(self):
        self.value = 10
        self._private = "p"
    def action(self):
        pass
    @property
    def computed(self):
        return self.value * 2
    @classmethod
    def build(cls):
        return cls()

t = Thing()
public = [n for n in dir(t) if not n.startswith("_")]
print(public)
methods = [n for n in public if callable(getattr(t, n))]
print("methods:", methods)
data = [n for n in public if not callable(getattr(t, n))]
print("data:", data)
print("own:", list(vars(t)), "class:", [k for k in vars(Thing) if not k.startswith("__")])
print([n for n in dir(Thing) if n.startswith("__") and n.endswith("__")][:8])
print(len([n for n in dir(object) if n.startswith("__")]) > 15)
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir("") if n.startswith("is")])
print(dir() == sorted(dir()), "Thing" in dir())
print([type(Thing.__dict__[n]).__name__ for n in ("kind", "action", "computed", "build")])
print(Thing.__dict__["computed"].fget.__name__)
print(sorted(vars(Thing).keys() - {"__module__", "__doc__", "__dict__", "__weakref__"}))
import math
print([n for n in dir(math) if n.startswith("is")])
print(vars(t).get("kind"), getattr(t, "kind"))
print(dir(t, Thing))
