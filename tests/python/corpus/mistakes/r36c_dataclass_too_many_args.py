# creating a Point dataclass with x, y and z, but the class only has x and y
from dataclasses import dataclass

@dataclass
class Point:
    x: float
    y: float

p = Point(1.0, 2.0)
print(p)
q = Point(1.0, 2.0, 3.0)
