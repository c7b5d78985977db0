# A plugin registry using __init_subclass__ with keyword arguments, and __class_getitem__
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise TypeError(f"duplicate plugin {key!r}")
        Plugin.registry[key] = cls

    def __class_getitem__(cls, key):
        return cls.registry[key]

    def run(self):
        return f"{type(self).__name__} running"


class Uploader(Plugin, name="up"):
    pass


class Resizer(Plugin):
    def run(self):
        return super().run().replace("running", "resizing")


print(Plugin.registry)
print(Plugin["up"]().run(), Plugin["resizer"]().run())
try:
    class Again(Plugin, name="up"):
        pass
except TypeError as e:
    print(e)
print(sorted(Plugin.registry))


class Bad(Plugin, colour="red"):
    pass
