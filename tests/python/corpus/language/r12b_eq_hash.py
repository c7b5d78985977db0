class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

p = Point(1, 2)
print(p == Point(1, 2), p == 5, p != Point(1, 3))
print(Point.__hash__)
try:
    s = {p}
except TypeError as e:
    print("TypeError:", e)

class HPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))
s = {HPoint(1, 2), HPoint(1, 2), HPoint(2, 1)}
print(len(s))
d = {HPoint(0, 0): "origin"}
print(d[HPoint(0, 0)])

class Mutable(HPoint):
    pass
m = Mutable(5, 5)
box = {m}
m.x = 6
print(m in box, Mutable(6, 5) in box, len(box))

class OnlyHash:
    def __hash__(self):
        return 1
a, b = OnlyHash(), OnlyHash()
print(len({a, b}), a == b)
print({1, 1.0, True})
print({HPoint(1, 2): 1}[Point(1, 2)])
