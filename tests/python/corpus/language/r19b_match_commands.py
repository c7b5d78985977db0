# match statement: command interpreter with class, sequence, mapping patterns and guards
from dataclasses import dataclass

@dataclass
class Point:
    x: int; y: int

@dataclass
class Circle:
    center: Point; r: float

def describe(obj):
    match obj:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on an axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r) if r <= 0:
            return "degenerate circle"
        case Circle(center=Point() as c, r=r):
            return f"circle at {c} r={r}"
        case [Point() as p, *rest]:
            return f"path starting {p}, {len(rest)} more"
        case {"type": "rect", "w": w, "h": h, **extra}:
            return f"rect {w}x{h} extra={extra}"
        case str() as s if s.startswith("go "):
            return "go to " + s[3:]
        case int(n) | float(n):
            return f"number {n}"
        case (a, b):
            return f"pair {a}, {b}"
        case _:
            return f"unknown {type(obj).__name__}"

for thing in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 0),
              Circle(Point(1, 1), 2.5), [Point(1, 1), Point(2, 2), Point(3, 3)], {"type": "rect", "w": 2, "h": 3, "c": "red"},
              "go north", 42, 2.5, (1, "a"), [1, 2], {"type": "circle"}, None, True]:
    print(describe(thing))

def run(cmd):
    match cmd.split():
        case ["quit" | "exit"]:
            return "bye"
        case ["add", *nums] if nums and all(n.lstrip("-").isdigit() for n in nums):
            return sum(map(int, nums))
        case ["add", *_]:
            return "add needs numbers"
        case ["say", first, *words]:
            return " ".join([first.upper(), *words])
        case []: return "empty"
        case [other, *_]:
            return f"unknown command {other!r}"

for c in ["add 1 2 -3", "add x", "say hi there", "", "exit", "jump high"]:
    print(repr(c), "->", run(c))
match Point(1, 2):
    case Point(1, 2, 3):
        pass
