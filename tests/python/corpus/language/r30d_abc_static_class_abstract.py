# Abstract static and class methods, and abstract properties: which subclasses can be instantiated
from abc import ABC, abstractmethod


class Codec(ABC):
    @staticmethod
    @abstractmethod
    def encode(text):
        ...

    @classmethod
    @abstractmethod
    def name(cls):
        ...

    @property
    @abstractmethod
    def version(self):
        ...


class Upper(Codec):
    @staticmethod
    def encode(text):
        return text.upper()

    @classmethod
    def name(cls):
        return cls.__name__.lower()

    @property
    def version(self):
        return 1


class NoStatic(Codec):
    @classmethod
    def name(cls):
        return "x"

    version = 2


print(sorted(Codec.__abstractmethods__), Upper().encode("hi"), Upper.name(), Upper().version)
print(sorted(NoStatic.__abstractmethods__))
for cls in (Codec, NoStatic):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(getattr(Codec.__dict__["encode"], "__isabstractmethod__", "missing"))
