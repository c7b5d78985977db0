# namedtuple and typing.NamedTuple for records: defaults, _replace, _asdict, _fields, and errors
from collections import namedtuple
from typing import NamedTuple

Student = namedtuple("Student", "name grade age", defaults=[18])


class Course(NamedTuple):
    title: str
    credits: int = 5

    def label(self):
        return f"{self.title} ({self.credits} ECTS)"


s = Student("Ana", 9.5)
print(s, s._asdict(), s._fields, Student._field_defaults)
print(s._replace(age=20), s[0], s.grade, len(s))
name, *rest = s
print(name, rest)
c = Course("Async Python")
print(c, c.label(), Course._fields, Course.__annotations__)
print(Course._make(["Algebra", 7]), c == ("Async Python", 5))
print(sorted([Student("Bo", 7), Student("Al", 7), Student("Cy", 9)], key=lambda t: (-t.grade, t.name)))
s.name = "Eve"
