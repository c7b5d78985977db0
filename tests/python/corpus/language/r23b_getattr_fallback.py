class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []
    def __getattr__(self, name):
        self.calls.append(name)
        if name.startswith("secret"):
            raise AttributeError(f"{name!r} is hidden")
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls)
print(hasattr(p, "secret_key"), getattr(p, "secret", "fallback"))
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)

class Lazy:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"<default {name}>"
l = Lazy()
l.real = "r"
print(l.magic, l.real, l.anything)

class BrokenProperty:
    @property
    def value(self):
        return self.missing_attr * 2
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(BrokenProperty().value)

class Record:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)
r = Record(a=1)
r.b = 2
del r.a
print(vars(r))
r._c = 3
