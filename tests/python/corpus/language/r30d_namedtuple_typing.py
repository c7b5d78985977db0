# typing.NamedTuple with defaults and a method, compared with collections.namedtuple
from typing import NamedTuple
from collections import namedtuple


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 50000

    def raise_by(self, pct):
        return self._replace(salary=int(self.salary * (1 + pct / 100)))


Point = namedtuple("Point", "x y", defaults=[0])

e = Employee("Guido", "eng")
print(e, e.salary, e[1])
print(e.raise_by(10))
print(e._asdict(), Employee._fields, Employee.__annotations__)
p = Point(5)
print(p, p._replace(y=2), Point._make([1, 2]), tuple(p))
name, dept, pay = e
print(name, dept, pay)
print(Point(1, 2, 3))
