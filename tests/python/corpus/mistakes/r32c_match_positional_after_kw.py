# A class pattern with a positional pattern after a keyword one.
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

def where(p):
    match p:
        case Point(x=0, 0):
            return "origin"
        case _:
            return "elsewhere"

print(where(Point(0, 0)))
