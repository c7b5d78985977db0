try:
    class Bad:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError:", e)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.anything = 2
print(w.a, vars(w))

class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b",)
c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, Child.__slots__, [k for k in ("a", "b") if hasattr(c, k)])

class StrSlot:
    __slots__ = "only"
s = StrSlot()
s.only = "yes"
print(s.only, StrSlot.__slots__)

from dataclasses import dataclass
@dataclass(slots=True, frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
print(p, P.__slots__)
try:
    object.__setattr__(p, "x", 5)
    print("object.__setattr__ bypass:", p)
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Clash(Base):
        __slots__ = ("a", "__weakref__")
    print("redundant slot ok")
except TypeError as e:
    print("TypeError:", e)
class Two:
    __slots__ = ("x", "x")
print(Two.__slots__)
import sys
print(sys.getsizeof(c) > 0)
