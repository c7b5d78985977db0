# A typing.NamedTuple with a default field before a required one
from typing import NamedTuple

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int

print(Employee("ana", "ops", 10))
