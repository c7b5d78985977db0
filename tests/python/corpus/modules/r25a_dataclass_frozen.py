from dataclasses import dataclass, FrozenInstanceError, replace

@dataclass(frozen=True)
class Point:
    x: int
    y: int

p = Point(1, 2)
print(p, hash(p) == hash(Point(1, 2)))
print({p: "origin-ish"}[Point(1, 2)])
q = replace(p, y=5)
print(q)
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(isinstance(FrozenInstanceError(), AttributeError))
del p.y
