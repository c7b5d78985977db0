# inspect helpers: getmembers of a class, getmro, isabstract, cleandoc, getfullargspec, getclosurevars
import inspect
from abc import ABC, abstractmethod

LIMIT = 10


class Shape(ABC):
    sides = 0

    @abstractmethod
    def area(self): ...

    def describe(self, prefix="A", *, upper=False):
        return f"{prefix} shape"


class Square(Shape):
    sides = 4

    def area(self):
        return 1


def make_checker(threshold):
    def check(x):
        return x < threshold + LIMIT and abs(x) > 0
    return check


print([n for n, _ in inspect.getmembers(Square, inspect.isfunction)], inspect.getmro(Square)[1].__name__)
print(inspect.isabstract(Shape), inspect.isabstract(Square), inspect.getattr_static(Square, "sides"))
print(repr(inspect.cleandoc("""
        First line.
            indented more
        last
    """)))
spec = inspect.getfullargspec(Shape.describe)
print(spec.args, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults, spec.varargs)
cv = inspect.getclosurevars(make_checker(5))
print(cv.nonlocals, cv.globals, sorted(cv.builtins), cv.unbound)
print(inspect.ismethod(Square().area), inspect.isfunction(Square.area), inspect.isbuiltin(len), inspect.isroutine(len))
print(inspect.getmodule(Square).__name__, inspect.getdoc(Square), inspect.getdoc(int.bit_length) is not None)
