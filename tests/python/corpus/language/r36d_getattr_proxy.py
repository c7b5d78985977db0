# A logging proxy using __getattr__, __setattr__, __delattr__ and a custom __dir__.
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

    def __dir__(self):
        return sorted(set(dir(self._target)) | {"_log"})

class Account:
    def __init__(self):
        self.balance = 10
    def deposit(self, n):
        self.balance += n
        return self.balance

p = Proxy(Account())
print(p.deposit(5), p.balance)
p.owner = "ann"
print(p._target.owner)
del p.owner
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(p._log)
print([n for n in dir(p) if not n.startswith("__")])

class Tracing:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("access", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"default-{name}"
    x = 1

t = Tracing()
print(t.x, t.nope)
print(getattr(t, "y", "fallback"), hasattr(t, "z"))
class Strict:
    def __getattr__(self, name):
        raise AttributeError(f"{type(self).__name__} has no {name!r}")
print(getattr(Strict(), "q", None))
Strict().q
