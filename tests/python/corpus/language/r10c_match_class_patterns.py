from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Circle:
    center: Point
    radius: float

class Line:
    __match_args__ = ("start", "end")
    def __init__(self, start, end):
        self.start, self.end = start, end

def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Point():
            return f"point {shape.x},{shape.y}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, radius=r):
            return f"circle r={r} at {c}"
        case Line(Point() as a, Point() as b):
            return f"line {a} -> {b}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"text {s!r}"
        case _:
            return "unknown"

for s in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 20),
          Circle(Point(0, 1), 2), Line(Point(0, 0), Point(1, 1)), 4, 2.5, "hi", None, True]:
    print(describe(s))

class NoArgs:
    pass

match NoArgs():
    case NoArgs(1):
        print("never")
