# A proxy whose __getattr__ calls getattr() on itself for a missing name: a RecursionError, as deep as CPython's.
class Config:
    def __init__(self, values):
        self._values = values

    def __getattr__(self, name):
        if name in self._values:
            return self._values[name]
        return getattr(self, name.lower())

class Lazy:
    def __init__(self):
        self.ready = True

    def __setattr__(self, key, value):
        setattr(self, "_" + key, value)

cfg = Config({"debug": True})
print(cfg.DEBUG)
try:
    Lazy()
except RecursionError as e:
    print("Lazy:", e)
print(hasattr(cfg, "verbose"))
print(cfg.timeout)
