# Mistake: inheriting from an ABC and from a class with another metaclass.
from abc import ABC

class Meta(type):
    pass

class Plugin(metaclass=Meta):
    pass

class Base(ABC):
    pass

class Both(Base, Plugin):
    pass
