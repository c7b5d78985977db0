def describe(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative"
        case int() | float():
            return "number"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"list starting {first} (+{len(rest)})"
        case {"name": name, **others}:
            return f"named {name} {others}"
        case str() as s if s.isdigit():
            return "digits"
        case _:
            return "other"
for v in [0, -3, 2.5, [1, 2], [1, 2, 3], {"name": "x", "k": 1}, "123", "abc", None]:
    print(repr(v), "->", describe(v))
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0):
            return "y-axis"
        case Point(x, y) if x == y:
            return "diagonal"
        case _:
            return "elsewhere"
print([where(p) for p in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2)]])
