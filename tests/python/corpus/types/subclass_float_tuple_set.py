# class Meters(float) with its own __str__, class Pair(tuple) with __new__, properties on a tuple subclass, frozenset and set subclasses (their repr names the class, operators give the base).
import json
class Meters(float):
    def __str__(self):
        return f"{float(self):.1f} m"

m = Meters(2.5)
print(m, repr(m), m + 1, type(m + 1), m * 2, -m, abs(Meters(-1)), m > 2, round(m), int(m), float(m), f"{m:.2f}")
print(isinstance(m, float), Meters("3.25"), Meters(), [m], m.is_integer(), m.hex(), json.dumps(m), sum([m, m]))

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    def swap(self):
        return Pair(self[1], self[0])

p = Pair(1, 2)
print(p, repr(p), p.first, p.swap(), len(p), p + (3,), type(p + (3,)), p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)))
a, b2 = p
print(a, b2, list(p), p[0], p[-1], p[:1], type(p[:1]), json.dumps(p), {p: 1}[(1, 2)], isinstance(p, tuple), Pair.__mro__)
print(sorted([Pair(2, 1), Pair(1, 2)]), p * 2, tuple(p), type(tuple(p)), p.count(1), p.index(2), 2 in p)

class Point(tuple):
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])

pt = Point([3, 4])
print(pt, pt.x, pt.y, Point(), Point("ab"), Point(range(2)))

class Tags(frozenset):
    pass
t = Tags(["a", "b"])
print(sorted(t), len(t), "a" in t, type(t | {"c"}), t == {"a", "b"}, hash(t) == hash(frozenset("ab")), Tags(), type(t.copy()))

class Bag(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
        return self
bg = Bag([1])
bg.add_all(2, 3)
print(bg, len(bg), 2 in bg, bg == {1, 2, 3}, bg | {4}, type(bg | {4}), bg - {1}, sorted(bg), Bag(), isinstance(bg, set))
bg |= {9}
print(bg, type(bg))
try:
    hash(bg)
except TypeError as e:
    print("TypeError:", e)
