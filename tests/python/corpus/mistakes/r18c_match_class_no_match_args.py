class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case _:
            return "somewhere"


print(describe(Point(0, 0)))
print(describe(Point(0, 5)))
