# Mistake: a class pattern names a factory function, not a class.
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

def point(x, y):
    return Point(x, y)

def where(p):
    match p:
        case point(x=0, y=0):
            return "origin"
        case _:
            return "elsewhere"

print(where(Point(1, 2)))
