# Mutating a frozen dataclass in a loop.
from dataclasses import dataclass

@dataclass(frozen=True)
class Vector:
    x: int
    y: int

v = Vector(1, 2)
for _ in range(2):
    v.x += 1
print(v)
