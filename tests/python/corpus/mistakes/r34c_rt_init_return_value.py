# An __init__ that returns the object, like a builder
class Config:
    def __init__(self, **options):
        self.options = options
        return self

    def get(self, key):
        return self.options[key]

cfg = Config(debug=True)
print(cfg.get("debug"))
