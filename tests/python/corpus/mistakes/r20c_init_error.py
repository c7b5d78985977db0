# error inside __init__
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.norm = (x ** 2 + y ** 2) ** 0.5 / self.scale

p = Point(3, 4)
