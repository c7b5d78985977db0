from abc import ABC, abstractmethod

class Plugin(ABC):
    @property
    @abstractmethod
    def name(self):
        pass

    @classmethod
    @abstractmethod
    def create(cls):
        pass

    @staticmethod
    @abstractmethod
    def version():
        pass

class Good(Plugin):
    @property
    def name(self):
        return "good"
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def version():
        return "1.0"

class Partial(Plugin):
    @property
    def name(self):
        return "partial"

g = Good.create()
print(g.name, g.version(), Good.version())
print(Plugin.name.__isabstractmethod__)
print(getattr(Good.name, "__isabstractmethod__", False))
for cls in (Plugin, Partial):
    try:
        cls()
    except TypeError as e:
        print(e)

class Registered(ABC):
    pass

Registered.register(int)
print(isinstance(3, Registered), issubclass(bool, Registered), isinstance("x", Registered))
