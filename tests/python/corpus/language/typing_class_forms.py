# typing.NamedTuple classes with methods and defaults (and their errors), Generic[T] bases, __class_getitem__
from typing import NamedTuple, Generic, TypeVar, Optional
import typing
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def __repr__(self):
        return f"Box({self.item!r})"
print(Box(3), Box[int](4), isinstance(Box(1), Box))
class Pair(NamedTuple):
    left: int
    right: int = 0
    def total(self):
        return self.left + self.right
    def __str__(self):
        return f"<{self.left}|{self.right}>"
p = Pair(1)
print(p, repr(p), p.total(), p == (1, 0), Pair._fields, Pair.__annotations__)
print(Pair(2, 3) < Pair(3, 0), sorted([Pair(3), Pair(1, 9)]))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(NamedTuple):
        a: int
        def _asdict(self): pass
except AttributeError as e:
    print("AttributeError:", e)
class Sized2(typing.Sized if hasattr(typing, "Sized") else object):
    pass
class C:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(C[int])
