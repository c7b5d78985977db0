# A settings object with __getattr__ fallbacks, __dir__, __setattr__ guards and attribute suggestions.
class Settings:
    _defaults = {"timeout": 30, "retries": 3, "verbose": False}
    def __init__(self, **overrides):
        object.__setattr__(self, "_values", dict(overrides))
    def __getattr__(self, name):
        if name in self._values:
            return self._values[name]
        if name in self._defaults:
            return self._defaults[name]
        raise AttributeError(f"no setting named {name!r}")
    def __setattr__(self, name, value):
        if name not in self._defaults:
            raise AttributeError(f"cannot add new setting {name!r}")
        self._values[name] = value
    def __delattr__(self, name):
        self._values.pop(name, None)
    def __dir__(self):
        return sorted(set(self._defaults) | set(self._values))

s = Settings(timeout=5)
print(s.timeout, s.retries, s.verbose, dir(s))
s.retries = 10
print(s.retries, s._values)
del s.retries
print(s.retries, getattr(s, "missing", "fallback"), hasattr(s, "verbose"), hasattr(s, "nope"))
try:
    s.colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
class Plain:
    def __init__(self):
        self.timeout = 1
        self.retries = 2
p = Plain()
try:
    p.timout
except AttributeError as e:
    print("AttributeError:", e)
print(s.timout)
