# match on dicts, dataclasses, class patterns with positional args, literals and None
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    r: float


def describe(obj):
    match obj:
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={rest}"
        case {"type": "error", "code": 404 | 410 as code}:
            return f"gone {code}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c):
            return f"circle around {c}"
        case None | True | False:
            return f"constant {obj}"
        case [int(a), int(b)] | (int(a), int(b), _):
            return f"int pair {a} {b}"
        case str() | bytes():
            return f"text {obj!r}"
        case _:
            return "?"


for o in [{"type": "user", "name": "al", "age": 3}, {"type": "error", "code": 410},
          Point(0, 0), Point(0, 7), Circle(Point(1, 2), 11), Circle(Point(3, 4), 1),
          None, False, [1, 2], (3, 4, 5), b"hi", {"type": "error", "code": 500}, 3.5]:
    print(describe(o))
