# A logging proxy with __getattr__ that wraps another object's methods
class LoggingProxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "calls", [])

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*a, **k):
                self.calls.append(name)
                return attr(*a, **k)
            return wrapped
        return attr

    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        setattr(self._target, name, value)

    def __dir__(self):
        return ["calls"] + [n for n in dir(self._target) if not n.startswith("_")]


items = LoggingProxy([3, 1, 2])
items.append(0)
items.sort()
print(items._target, items.calls, items.count(1))
print(dir(items)[:6])
d = LoggingProxy({"a": 1})
print(d.get("a"), d.keys(), d.calls)
d.extra = 5
