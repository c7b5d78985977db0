# typing.NamedTuple class syntax with defaults and methods
from typing import NamedTuple, Optional

class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 50000.0
    manager: Optional[str] = None

    def raise_salary(self, pct):
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))

e = Employee("Ann", "R&D")
print(e)
print(e.raise_salary(10), e.salary)
print(e._fields, e._asdict())
name, dept, *_ = e
print(name, dept, e[2], len(e))
print(Employee._field_defaults)
try:
    e.salary = 1
except AttributeError as ex:
    print("AttributeError:", ex)
