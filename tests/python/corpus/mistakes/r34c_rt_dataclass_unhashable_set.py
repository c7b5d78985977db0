# Putting dataclass instances into a set to remove duplicates
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

points = [Point(1, 2), Point(1, 2), Point(3, 4)]
unique = set(points)
print(len(unique))
