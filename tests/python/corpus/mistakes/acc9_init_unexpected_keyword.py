# A class made with a keyword it does not take.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(x=1, y=2, z=3)
