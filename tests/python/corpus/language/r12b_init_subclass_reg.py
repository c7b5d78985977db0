class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise ValueError(f"duplicate plugin {key!r}")
        Plugin.registry[key] = cls
        print(f"registered {key} -> {cls.__name__}")

class Csv(Plugin): pass
class Json(Plugin, name="js"): pass
class Yaml(Json): pass

print(sorted(Plugin.registry))
print(Plugin.registry["js"] is Json)
try:
    class Again(Plugin, name="csv"): pass
except ValueError as e:
    print("ValueError:", e)
print(sorted(Plugin.registry))
class Weird(Plugin, colour="red"): pass
