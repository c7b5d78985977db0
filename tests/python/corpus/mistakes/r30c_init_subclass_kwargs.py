# Passing a class keyword that no __init_subclass__ accepts.
class Plugin:
    registry = []

    def __init_subclass__(cls, name, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(name)

class Csv(Plugin, name="csv"):
    pass

print(Plugin.registry)

class Json(Plugin, name="json", priority=1):
    pass
