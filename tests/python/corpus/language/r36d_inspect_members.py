# Exploring a class with inspect: members, kinds of callables, docs and the MRO.
import inspect

class Base:
    """A base class.

        Indented details here.
    """
    kind = "base"
    def hello(self):
        """Say hello."""
    @classmethod
    def make(cls): ...
    @staticmethod
    def util(): ...
    @property
    def size(self): return 1

class Child(Base):
    def extra(self, a, b=2): ...

members = inspect.getmembers(Child, inspect.isfunction)
print([name for name, _ in members])
print([n for n, v in inspect.getmembers(Child) if isinstance(v, property)])
print([n for n, _ in inspect.getmembers(Child(), inspect.ismethod)])
print(inspect.getdoc(Base))
print(repr(inspect.cleandoc("  first\n    second\n      third")))
print(inspect.getdoc(Child.hello), inspect.getdoc(Child.extra))
print([c.__name__ for c in inspect.getmro(Child)], inspect.isclass(Child), inspect.isclass(Child()))
sm = inspect.getattr_static(Child, "util")
cm = inspect.getattr_static(Child, "make")
print(type(sm).__name__, type(cm).__name__, inspect.isfunction(Child.util), inspect.ismethod(Child.make))
print(inspect.isbuiltin(len), inspect.isroutine(len), inspect.isfunction(len), inspect.ismodule(inspect))
print(inspect.getfullargspec(Child.extra))
print(inspect.isabstract(Child), inspect.iscoroutinefunction(Child.extra))
async def co(): ...
print(inspect.iscoroutinefunction(co), inspect.isawaitable(co.__call__))
c = co()
print(inspect.iscoroutine(c), inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
