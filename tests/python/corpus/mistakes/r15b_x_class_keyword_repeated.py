# Mistake: a class keyword (for __init_subclass__) written twice when a plugin is renamed.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name] = cls

class Echo(Plugin, name="echo"):
    pass

class Shout(Plugin, name="shout", name="yell"):
    pass

print(sorted(Plugin.registry))
