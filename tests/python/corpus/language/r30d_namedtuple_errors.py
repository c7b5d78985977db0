# namedtuple edge cases: rename=True, invalid field names, _fields_defaults, and immutability
from collections import namedtuple

Row = namedtuple("Row", ["id", "class", "def", "id"], rename=True)
print(Row._fields, Row(1, 2, 3, 4))
P = namedtuple("P", "x, y z", defaults=(0, 0))
print(P._field_defaults, P(1), P(1, 2, 3)._asdict(), P.__doc__)
p = P(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(p._replace(x=9), p.count(2), p.index(2), p + (7,), p * 2 if False else len(p))
for bad in [("T", ["a", "a"]), ("T", ["1x"]), ("T", ["_private"]), ("class", ["x"])]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError:", e)
p._replace(w=1)
