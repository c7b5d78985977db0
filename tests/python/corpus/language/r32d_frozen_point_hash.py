# Frozen dataclasses as dictionary keys, and what happens when you try to change one
from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


grid = {Point(0, 0): "origin", Point(1, 2): "tree"}
p = Point(0).moved(1, 2)
print(p, grid[p], hash(p) == hash(Point(1, 2)))
try:
    p.x = 10
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__mro__[1].__name__, e)
print(sorted(grid.values()), Point(3) in grid)
object.__setattr__(p, "x", 99)
print(p)
p.y += 1
