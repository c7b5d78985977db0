# Keyword patterns before positional ones in a class pattern.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

match Point(1, 2):
    case Point(x=1, y):
        print(y)
