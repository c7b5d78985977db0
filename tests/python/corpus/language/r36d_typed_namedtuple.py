# typing.NamedTuple classes with defaults, methods, docstrings and conversion helpers.
from typing import NamedTuple, Optional

class Employee(NamedTuple):
    """An employee record."""
    name: str
    dept: str = "eng"
    salary: float = 0.0
    manager: Optional[str] = None

    def raise_by(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))

    @property
    def is_manager(self) -> bool:
        return self.manager is None

e = Employee("ann", salary=5000)
print(e, e.raise_by(10), e.is_manager)
print(Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(Employee.__doc__, isinstance(e, tuple), e._asdict())
print(Employee._make(["bo", "ops", 1.0, "ann"]), len(e), e[0], e[-1])
team = [Employee("cy", "ops", 3000, "ann"), e, Employee("di", "eng", 7000, "ann")]
print(sorted(team, key=lambda x: -x.salary)[0].name, max(team, key=lambda t: t.salary).name)
by_dept = {}
for emp in team:
    by_dept.setdefault(emp.dept, []).append(emp.name)
print(by_dept)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    e.name = "x"
except AttributeError as err:
    print("AttributeError:", err)
try:
    class Bad2(NamedTuple):
        _private: int
except ValueError as err:
    print("ValueError:", err)
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point.__annotations__)
