# reading points into a namedtuple from lines of text; one line has one number
from collections import namedtuple

Point = namedtuple("Point", "x y")
lines = ["1 2", "3 4", "5"]
for ln in lines:
    p = Point(*map(int, ln.split()))
    print(p)
