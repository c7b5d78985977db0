# A frozen dataclass used as a dict key, and the error when assigning to it
from dataclasses import dataclass, FrozenInstanceError, replace


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


origin = Point(0)
p = Point(3, 4)
grid = {origin: "home", p: "shop"}
print(grid[Point(3, 4)], grid)
q = replace(p, y=10)
print(q, p)
try:
    p.x = 99
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(p) == hash(Point(3, 4)))
del p.y
