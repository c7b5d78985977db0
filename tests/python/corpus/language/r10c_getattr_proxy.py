class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        delattr(self._target, name)

class Box:
    def __init__(self):
        self.size = 3
    def grow(self):
        self.size += 1
        return self.size

b = Box()
p = Proxy(b)
print(p.size)
print(p.grow())
p.color = "red"
print(b.color)
del p.color
print(hasattr(b, "color"))
print(p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(p.__dict__), p.__dict__["log"][:2])
print(p.log[-1])
