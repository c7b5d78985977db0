# __getattr__ that reads an attribute which is itself missing.
class Config:
    def __init__(self, **values):
        self.values = values

    def __getattr__(self, key):
        return self.values[key]

c = Config(debug=True)
print(c.debug)
print(c.missing)
