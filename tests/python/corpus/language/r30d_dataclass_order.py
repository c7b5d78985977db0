# A dataclass with order=True, a field excluded from comparison, and sorting
from dataclasses import dataclass, field


@dataclass(order=True)
class Student:
    grade: int
    name: str
    notes: list = field(default_factory=list, compare=False, repr=False)


roster = [Student(88, "Ana"), Student(95, "Bo"), Student(88, "Al", ["late"]), Student(70, "Cy")]
for s in sorted(roster, reverse=True):
    print(s)
print(Student(88, "Al") == Student(88, "Al", ["x"]))
print(max(roster).name, min(roster))
print(Student(1, "x") < Student(1, "y"))
print(Student.__dataclass_fields__["notes"].compare)
print(Student(1, "a") < (1, "a"))
