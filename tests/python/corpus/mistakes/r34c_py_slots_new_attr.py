# A class with __slots__ and a typo when setting an attribute
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

v = Vector(1, 2)
v.x = 10
v.z = 3
