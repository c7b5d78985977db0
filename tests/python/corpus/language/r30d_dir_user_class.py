# dir() of a user class and instance, filtered and unfiltered, and vars() of the class
class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(dir(p))
print([n for n in dir(Point) if not n.startswith("__")], [n for n in dir(p) if not n.startswith("_")])
print(sorted(set(dir(p)) - set(dir(Point))), len(dir(object)))
print(sorted(k for k in vars(Point) if k not in ("__dict__", "__weakref__")))
print(dir(object))
