# abc: registering a virtual subclass, abstract properties and classmethods, and __subclasshook__
from abc import ABC, abstractmethod


class Drawable(ABC):
    @property
    @abstractmethod
    def name(self): ...

    @classmethod
    @abstractmethod
    def create(cls): ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable and any("draw" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Sprite(Drawable):
    @property
    def name(self):
        return "sprite"

    @classmethod
    def create(cls):
        return cls()


class Canvas:
    def draw(self):
        return "drawing"


class Plain:
    pass


Drawable.register(Plain)
print(Sprite.create().name, isinstance(Canvas(), Drawable), issubclass(Plain, Drawable))
print(isinstance(3, Drawable), Drawable.register(int) is int, isinstance(3, Drawable))
print(Plain.__mro__, Sprite.__abstractmethods__)


class Half(Drawable):
    @property
    def name(self):
        return "half"


Half()
