from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self): ...
class Impl(Base):
    def run(self): return super().run()
print(Impl().run())
class WithNew(Base):
    def __new__(cls):
        print("WithNew.__new__")
        return super().__new__(cls)
try:
    WithNew()
except TypeError as e:
    print(e)
class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*a)
from abc import ABCMeta
class M2(ABCMeta, Meta): pass
class Thing(metaclass=M2):
    @abstractmethod
    def f(self): ...
try:
    Thing()
except TypeError as e:
    print(e)
class Concrete(Thing):
    def f(self): return "f"
print(Concrete().f(), type(Concrete).__name__)
print(Thing.__abstractmethods__, Concrete.__abstractmethods__, bool(Concrete.__abstractmethods__))
class Later(ABC):
    def g(self): ...
Later.g = abstractmethod(Later.g)
print(type(Later()).__name__, Later.__abstractmethods__)
import abc
print(hasattr(abc, "update_abstractmethods"))
class D(dict, ABC):
    @abstractmethod
    def h(self): ...
print(D(a=1))
class E(Exception, ABC):
    @abstractmethod
    def h(self): ...
print(repr(E("x")))
print(abc.update_abstractmethods(Later).__abstractmethods__)
try:
    Later()
except TypeError as e:
    print(e)
Later.g = lambda self: "filled"
print(abc.update_abstractmethods(Later)().g(), abc.update_abstractmethods(int))
