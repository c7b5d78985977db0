# Passing a class keyword that __init_subclass__ does not accept
class Plugin:
    registry = {}

    def __init_subclass__(cls, name, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name] = cls

class Csv(Plugin, name="csv"):
    pass

print(sorted(Plugin.registry))

class Json(Plugin, nme="json"):
    pass
