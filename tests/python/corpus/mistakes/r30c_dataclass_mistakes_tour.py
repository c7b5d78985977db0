# Dataclass helpers misused: asdict of a plain object, replace with a bad field, order across types.
from dataclasses import dataclass, asdict, replace, field, fields

@dataclass(order=True)
class Point:
    x: int
    y: int = 0

@dataclass(order=True)
class Size:
    x: int
    y: int = 0

class Plain:
    def __init__(self):
        self.x = 1

p = Point(1, 2)
checks = {
    "asdict plain": lambda: asdict(Plain()),
    "asdict class": lambda: asdict(Point),
    "replace bad": lambda: replace(p, z=3),
    "order mixed": lambda: p < Size(2),
    "fields plain": lambda: fields(Plain()),
    "factory value": lambda: field(default=1, default_factory=list),
    "eq mixed": lambda: p == Size(1, 2),
}
for label, fn in checks.items():
    try:
        print(label, "=", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

@dataclass(frozen=True)
class Frozen(Point):
    z: int = 0
