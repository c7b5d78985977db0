# classmethod constructors and staticmethods on a Point class
import math

class Point:
    count = 0

    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.count += 1

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def distance(a, b):
        return math.hypot(a.x - b.x, a.y - b.y)

    def __repr__(self):
        return f'Point({self.x}, {self.y})'

p = Point.from_tuple((3, 4))
o = Point.origin()
print(p, o, Point.distance(p, o), Point.count)
print(p.distance(p, Point(6, 8)))
print(type(Point.__dict__['origin']).__name__, type(Point.__dict__['distance']).__name__)
