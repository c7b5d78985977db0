# __class_getitem__ for a typed container and __init_subclass__ with keyword options and checks.
class TypedList(list):
    item_type = object
    def __class_getitem__(cls, item):
        return type(f"{cls.__name__}[{item.__name__}]", (cls,), {"item_type": item})
    def append(self, value):
        if not isinstance(value, self.item_type):
            raise TypeError(f"expected {self.item_type.__name__}, got {value!r}")
        super().append(value)

Ints = TypedList[int]
xs = Ints()
xs.append(1); xs.append(True)
print(xs, Ints.__name__, Ints.__mro__[1].__name__, Ints is TypedList[int])

class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        if not hasattr(cls, "run"):
            raise TypeError(f"{cls.__name__} needs run()")
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.plugins.append(cls)

class Zip(Plugin, name="zipper", priority=2):
    def run(self): return "zip"
class Tar(Plugin):
    def run(self): return "tar"
print([(p.plugin_name, p.priority) for p in sorted(Plugin.plugins, key=lambda p: -p.priority)])
try:
    class Empty(Plugin):
        pass
except TypeError as e:
    print("TypeError:", e)
print(len(Plugin.plugins))
try:
    class Weird(Plugin, colour="red"):
        def run(self): pass
except TypeError as e:
    print("TypeError:", e)
xs.append("no")
