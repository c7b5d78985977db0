# namedtuple with a repeated field name and a keyword as a field
from collections import namedtuple

Point = namedtuple("Point", "x y")
print(Point(1, 2))
for fields in ["x x", "x class", "x 1y", "_x y"]:
    try:
        namedtuple("P", fields)
    except ValueError as e:
        print(repr(fields), "->", e)
Row = namedtuple("Row", "id name")
Row(1)
