# Dataclass fields with compare=False, repr=False, hash and sorting on a subset of fields.
from dataclasses import dataclass, field, fields, astuple

@dataclass(order=True, unsafe_hash=True)
class Student:
    grade: int
    name: str = field(compare=True)
    notes: list = field(default_factory=list, compare=False, repr=False, hash=False)
    sid: int = field(default=0, compare=False)

a = Student(90, "Ann", ["late once"], sid=7)
b = Student(90, "Ann", [], sid=8)
c = Student(85, "Bob")
print(a)
print(a == b, hash(a) == hash(b), a < c, c < a)
print(sorted([a, c, Student(90, "Aaron")]))
print([(f.name, f.compare, f.repr, f.hash) for f in fields(Student)])
print(astuple(a))
print(len({a, b, c}))
try:
    a < 5
except TypeError as e:
    print(e)
print(Student.__lt__.__qualname__, Student.__match_args__)
