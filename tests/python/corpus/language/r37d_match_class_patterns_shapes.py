# Computing areas with match on classes with __match_args__, keyword patterns, guards and OR patterns.
from dataclasses import dataclass
import math

@dataclass
class Circle:
    r: float
@dataclass
class Rect:
    w: float
    h: float
class Tri:
    __match_args__ = ("a", "b", "c")
    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c

def area(shape):
    match shape:
        case Circle(r=0) | Rect(0, _) | Rect(_, 0):
            return "degenerate"
        case Circle(r):
            return round(math.pi * r * r, 3)
        case Rect(w, h) if w == h:
            return f"square {w * h}"
        case Rect(w=w, h=h):
            return w * h
        case Tri(a, b, c) if a + b <= c or a + c <= b or b + c <= a:
            return "impossible"
        case Tri(a, b, c):
            s = (a + b + c) / 2
            return math.sqrt(s * (s - a) * (s - b) * (s - c))
        case [*shapes]:
            return [area(s) for s in shapes]
        case {"kind": "circle", "r": r, **rest}:
            return (area(Circle(r)), rest)
        case str() | bytes() as text:
            return f"not a shape: {text!r}"
        case _:
            return None

for s in [Circle(1), Circle(0), Rect(2, 2), Rect(2, 3), Rect(0, 5), Tri(3, 4, 5), Tri(1, 1, 5),
          [Circle(2), Rect(1, 1)], {"kind": "circle", "r": 1, "color": "red"}, "round", 42]:
    print(area(s))
match Tri(1, 2, 3):
    case Tri(1, 2, 3, 4):
        print("four?")
