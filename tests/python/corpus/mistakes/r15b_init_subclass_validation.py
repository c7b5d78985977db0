# Mistake: a subclass forgets the attribute its base's __init_subclass__ insists on.
class Plugin:
    registry = {}
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[cls.name] = cls

class Echo(Plugin):
    name = "echo"

class Shout(Plugin):
    label = "shout"

print(sorted(Plugin.registry))
