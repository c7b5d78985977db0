# A plugin registry using __init_subclass__ with a keyword, and __class_getitem__
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise ValueError(f"duplicate plugin {key!r}")
        Plugin.registry[key] = cls

    def __class_getitem__(cls, key):
        return cls.registry[key]


class Csv(Plugin):
    def run(self):
        return "csv!"


class JsonPlugin(Plugin, name="json"):
    def run(self):
        return "json!"


print(sorted(Plugin.registry), Plugin["json"]().run(), Plugin["csv"].__name__)
print({k: v.__qualname__ for k, v in Plugin.registry.items()})


class Other(Plugin, name="csv"):
    pass
