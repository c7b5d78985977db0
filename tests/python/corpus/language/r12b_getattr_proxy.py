class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(f"get {name}")
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(f"del {name}")
        delattr(self._target, name)

class Thing:
    def __init__(self):
        self.size = 3
    def grow(self):
        self.size += 1
        return self.size

t = Thing()
p = Proxy(t)
print(p.size)
print(p.grow())
p.color = "red"
print(t.color)
del p.color
print(hasattr(t, "color"))
print(p._log)
print(getattr(p, "missing", "default"))
print(p._log[-1])
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
