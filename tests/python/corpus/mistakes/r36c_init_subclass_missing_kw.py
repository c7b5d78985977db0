# plugins register themselves with a name given in the class line
registry = {}

class Plugin:
    def __init_subclass__(cls, name, **kw):
        super().__init_subclass__(**kw)
        registry[name] = cls

class Csv(Plugin, name="csv"):
    pass

class Json(Plugin):
    pass

print(sorted(registry))
