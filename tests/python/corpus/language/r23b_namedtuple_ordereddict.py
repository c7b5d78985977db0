from collections import namedtuple, OrderedDict
from typing import NamedTuple

Point = namedtuple("Point", "x y")
p = Point(3, y=4)
print(p, p.x + p.y, p[0], len(p), tuple(p))
print(p._asdict(), p._replace(x=10), Point._fields)
print(Point._make([5, 6]), Point(*"ab"))
x, y = p
print(x, y, p == (3, 4), isinstance(p, tuple))
Point3 = namedtuple("Point3", ["x", "y", "z"], defaults=[0])
print(Point3(1, 2), Point3._field_defaults)

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100
    def raise_(self, pct):
        return self._replace(salary=self.salary * (100 + pct) // 100)

e = Employee("ann")
print(e, e.raise_(10), Employee.__annotations__)
try:
    e.salary = 5
except AttributeError as err:
    print("AttributeError:", err)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
try:
    namedtuple("Bad", "ok class")
except ValueError as err:
    print("ValueError:", err)
print(namedtuple("R", "a a", rename=True)._fields)

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(od == OrderedDict.fromkeys("acd"), od == dict.fromkeys("dca"))
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(b=1, a=2))
od.move_to_end("zz")
