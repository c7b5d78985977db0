# NamedTuple features: generic NamedTuple (new in 3.11), methods, defaults and subclassing a namedtuple
from typing import NamedTuple, Generic, TypeVar
from collections import namedtuple

T = TypeVar("T")


class Pair(NamedTuple, Generic[T]):
    left: T
    right: T

    def swap(self) -> "Pair[T]":
        return Pair(self.right, self.left)


p = Pair(1, 2)
print(p, p.swap(), Pair[int], Pair.__parameters__)


class Point(namedtuple("PointBase", "x y")):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return f"({self.x}, {self.y})"


q = Point(3, 4)
print(q, repr(q), q.norm, q._replace(x=0), Point._fields, type(q._replace(x=0)).__name__)
print(q + (5,), q * 2, q[::-1], dict(q._asdict()))
q.z = 1
