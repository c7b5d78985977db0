class Logged:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"access {name}")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        print(f"fallback {name}")
        if name == "c":
            return 3
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")

    def total(self):
        return self.a + self.b

x = Logged()
print(x.a)
print(x.total())
print(x.c)
print(getattr(x, "d", "default"))
try:
    x.e
except AttributeError as e:
    print(e)
print(hasattr(x, "zz"))
x.e
