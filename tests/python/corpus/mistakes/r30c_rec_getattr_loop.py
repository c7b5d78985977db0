# __getattr__ that reads a missing attribute of self: endless recursion.
class Settings:
    def __init__(self, values):
        self.values = values

    def __getattr__(self, name):
        if name in self.values:
            return self.values[name]
        return self.defaults[name]

s = Settings({"debug": True})
print(s.debug)
print(s.verbose)
