# abc: __abstractmethods__ of each class, and an ABC subclass with its own __init_subclass__
from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
class Half(Base):
    def a(self): return 1
class Full(Half):
    def b(self): return 2
print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), Full.__abstractmethods__, ABC.__abstractmethods__)
print(Full().a() + Full().b())
class WithInit(ABC):
    def __init_subclass__(cls, tag="", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
    @abstractmethod
    def run(self): ...
class Impl(WithInit):
    def run(self): return "ran"
print(Impl().run(), repr(Impl.tag), sorted(WithInit.__abstractmethods__), Impl.__abstractmethods__)
