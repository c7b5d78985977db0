# cached_property misuse: with __slots__, reused under two names, and overwritten by assignment
from functools import cached_property


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2


c = Circle(2)
print(c.area, c.area)
c.area = 100
print(c.area, vars(c))


class Slotted:
    __slots__ = ("r",)

    def __init__(self, r):
        self.r = r

    @cached_property
    def double(self):
        return self.r * 2


try:
    Slotted(3).double
except TypeError as e:
    print("TypeError:", e)
shared = cached_property(lambda self: 1)
try:
    class Twice:
        a = shared
        b = shared
except (TypeError, RuntimeError) as e:
    print(type(e).__name__ + ":", e, "| cause:", repr(e.__cause__))
print(Circle.area.__doc__, Circle.area.func.__name__)
print(cached_property(len).attrname)
cached_property(len).__get__(c)
