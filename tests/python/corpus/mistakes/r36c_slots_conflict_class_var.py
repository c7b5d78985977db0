# a Point with __slots__ and default values as class attributes
class Point:
    __slots__ = ("x", "y")
    x = 0
    y = 0

p = Point()
print(p.x, p.y)
