# typing.NamedTuple with defaults, methods, class docstring, _field_defaults and __annotations__
from typing import NamedTuple

class Employee(NamedTuple):
    """An employee record."""
    name: str
    dept: str = "eng"
    salary: float = 50_000.0

    def raise_by(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))

    def __str__(self):
        return f"{self.name} ({self.dept}) ${self.salary:,.0f}"

e = Employee("ann")
print(e, repr(e))
print(e.raise_by(10), e._field_defaults, Employee.__doc__)
print(Employee.__annotations__, Employee._fields)
staff = [Employee("bob", "ops", 40000), e, Employee("cy", salary=90000)]
print(sorted(staff)[0].name, max(staff, key=lambda s: s.salary).name)
print([s._asdict() for s in staff][:1])
name, dept, _ = staff[0]
print(name, dept, staff[0][-1], staff[0].count("ops"), staff[0].index(40000))
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
