# classmethod alternative constructors, a staticmethod validator, and calling them via instances
from datetime import date

class Person:
    count = 0

    def __init__(self, name, born):
        if not self.valid_name(name):
            raise ValueError(f"invalid name: {name!r}")
        self.name, self.born = name, born
        type(self).count += 1

    @classmethod
    def from_string(cls, text):
        name, year = text.split(",")
        return cls(name.strip(), int(year))

    @classmethod
    def from_age(cls, name, age, today=date(2024, 6, 1)):
        return cls(name, today.year - age)

    @staticmethod
    def valid_name(name):
        return name.replace(" ", "").isalpha()

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.born})"

class Student(Person):
    count = 0

people = [Person.from_string("Ann Lee, 1990"), Student.from_age("Bo", 20), Student.from_string("Cy,2001")]
print(people, Person.count, Student.count)
print(people[0].from_age("Dee", 30), Person.count)
print(Person.valid_name("x1"), people[1].valid_name("ok"))
print(type(Person.__dict__["from_string"]).__name__, Person.from_string.__self__ is Person)
print(Student.from_string.__func__ is Person.from_string.__func__)
Person.from_string("R2D2, 1977")
