# abc.ABCMeta asks a class's __subclasshook__ first (a class is recognised by
# its methods), then the MRO, the registered classes, and the registrations
# made with its subclasses (it walks __subclasses__(), as CPython's).
from abc import ABC, ABCMeta, abstractmethod

class Closable(ABC):
    @abstractmethod
    def close(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closable:
            return any('close' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented

class File:
    def close(self): return 'closed'
class Socket:
    pass

print(isinstance(File(), Closable), isinstance(Socket(), Closable), issubclass(File, Closable))

class Shape(ABC):
    pass
class Polygon(Shape):
    pass
class Blob:
    pass
Polygon.register(Blob)
print(issubclass(Blob, Polygon), issubclass(Blob, Shape), isinstance(Blob(), Shape))
class Weird(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
try:
    issubclass(int, Weird)
except AssertionError as e:
    print('AssertionError:', e)
print(Shape.__subclasses__(), issubclass(int, Shape))
