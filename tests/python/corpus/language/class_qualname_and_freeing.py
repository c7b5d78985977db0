# A class shows its __qualname__ (a nested class, one made in a function),
# and a class nothing holds any more is freed: 20,000 classes made and
# dropped in a loop, a class's __mro__ kept after the class is deleted.
import gc


class Outer:
    class Inner:
        pass


def make(n):
    class Point:
        def __init__(self, x):
            self.x = x

        def __repr__(self):
            return f"Point({self.x})"

    class Oops(Exception):
        pass

    return Point, Oops


Point, Oops = make(1)
print(Point, Outer.Inner, Point.__qualname__, Point.__name__)
print(Outer.Inner().__class__, Point(3), repr(Oops("x")))
print(str(object.__repr__(Outer.Inner())).split(" object at ")[0])

kept = [make(i)[0](i) for i in range(3)]
for i in range(20_000):
    P, E = make(i)
    p = P(i)
print(p, kept, type(kept[0]) is type(kept[1]), type(kept[2]).__name__)

m = Outer.Inner.__mro__
del Outer
print(m, gc.collect() >= 0)


def orphan():
    class Lonely:
        pass
    return Lonely()


x = orphan()
junk = [orphan() for _ in range(100)]
del junk
print(type(x).__qualname__, type(x))
raise Oops("the end")
