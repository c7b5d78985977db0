# typing.NamedTuple with defaults and methods beside TypedDict totality and required keys.
from typing import NamedTuple, TypedDict, Optional

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: Optional[float] = None
    def raise_by(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))

e = Employee("ann", salary=5000)
print(e, e.raise_by(10), Employee._fields, Employee._field_defaults)
print(Employee.__annotations__, Employee.__bases__, isinstance(e, tuple))
print(e._asdict(), Employee("bob")[1:], len(e))

class Movie(TypedDict):
    title: str
    year: int

class Extra(Movie, total=False):
    rating: float

m: Movie = {"title": "Up", "year": 2009}
x = Extra(title="Heat", year=1995)
print(m, x, type(x).__name__, Movie.__total__, Extra.__total__)
print(sorted(Extra.__required_keys__), sorted(Extra.__optional_keys__), Extra.__annotations__)
print(isinstance(m, dict))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
Employee("x", "y", 1, 2)
