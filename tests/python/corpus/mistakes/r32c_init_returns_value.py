# __init__ returning a value, as if it were a factory.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        return (x, y)

p = Point(1, 2)
print(p.x)
