# __eq__ without __hash__ makes a class unhashable; __hash__ consistent with __eq__.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

class HPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"HPoint({self.x}, {self.y})"

print(Point.__hash__, Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1))
try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError:", e)
s = {HPoint(1, 2), HPoint(1, 2), HPoint(2, 1)}
print(len(s), HPoint(2, 1) in s, sorted(s, key=lambda p: (p.x, p.y)))
d = {HPoint(0, 0): "origin"}
print(d[HPoint(0, 0)], d.get(HPoint(0, 1), "none"))
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}))
print(Point(1, 2) == (1, 2), (1, 2) == Point(1, 2), Point(1, 2).__eq__(5))
