class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"get {name}")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print(f"fallback {name}")
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
    def method(self):
        return self.x + 1

o = Logged()
print(o.x)
print(o.method())
print(o.auto_value)
print(hasattr(o, "nothing"))
print(getattr(o, "zzz", "dflt"))

class Recursive:
    def __getattr__(self, name):
        return self.other
try:
    Recursive().foo
except RecursionError as e:
    print("RecursionError:", str(e)[:40])
o.nothing
