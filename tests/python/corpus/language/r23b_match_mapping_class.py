from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {rest}"
        case {"type": "key", "key": k}:
            return f"plain key {k}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px):
            return f"point x={px}"
        case Circle(Point(cx, cy), r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(center=c, radius=r):
            return f"circle {c} r={r}"
        case {"type": t}:
            return f"unknown event type {t}"
        case _:
            return "unmatched"

events = [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4, 5]},
          {"type": "key", "key": "q", "shift": True}, {"type": "key", "key": "w"},
          {"type": "key", "key": 5}, Point(0, 0), Point(3, 3), Point(1, 9),
          Circle(Point(1, 1), 20), Circle((0, 0), 2), {"type": "scroll"}, {"kind": 1}, 42]
for e in events:
    print(handle(e))

class NoArgs:
    pass
match NoArgs():
    case NoArgs(1):
        print("never")
