# Alternative constructors with classmethods that respect subclasses, plus static validators.
from datetime import date

class Person:
    count = 0

    def __init__(self, name, born):
        self.name = name
        self.born = born
        type(self).count += 1

    @classmethod
    def from_string(cls, text):
        name, year = text.split("-")
        return cls(name.strip(), int(year))

    @classmethod
    def from_dict(cls, d):
        return cls(**d)

    @staticmethod
    def valid_year(y):
        return 1900 <= y <= 2024

    def age_in(self, year):
        return year - self.born

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.born})"

class Student(Person):
    count = 0

a = Person.from_string("Ada - 1815")
s = Student.from_string("Bo-2001")
d = Student.from_dict({"name": "Cy", "born": 1999})
print(a, s, d, Person.count, Student.count)
print(Person.valid_year(a.born), s.valid_year(2001), a.age_in(1852))
print(Person.from_string, Student.from_dict.__self__ is Student)
print(type(Person.__dict__["valid_year"]).__name__, Person.valid_year.__qualname__)
print(date.fromisoformat("2024-05-06"), int.from_bytes(b"\x01\x00", "little"), dict.fromkeys("ab"))
for bad in ("NoDash", "X-year", "A-1-2"):
    try:
        Person.from_string(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Person.from_dict({"name": "x"})
except TypeError as e:
    print("TypeError:", e)
Person.age_in(1900)
