from abc import ABC, ABCMeta, abstractmethod

class Drawable(metaclass=ABCMeta):
    @abstractmethod
    def draw(self):
        raise NotImplementedError

class Widget:
    def draw(self):
        return "widget drawn"

Drawable.register(Widget)
print(isinstance(Widget(), Drawable), issubclass(Widget, Drawable))
print(Drawable in Widget.__mro__)

class Good(Drawable):
    def draw(self):
        return "good: " + str(super().draw.__name__)
print(Good().draw())

class Calls(Drawable):
    def draw(self):
        return super().draw()
try:
    Calls().draw()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))

@Drawable.register
class Other:
    pass
print(Other.__name__, isinstance(Other(), Drawable))

class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return hasattr(C, "__len__")
        return NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))

class Half(Drawable):
    pass
h = Half()
