# A dataclass built with one argument missing
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

print(Point(1, 2))
print(Point(3))
