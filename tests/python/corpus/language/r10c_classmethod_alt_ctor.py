class Person:
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Person.count += 1

    @classmethod
    def from_string(cls, text):
        name, age = text.split("-")
        return cls(name, int(age))

    @classmethod
    def from_birth_year(cls, name, year):
        return cls(name, 2024 - year)

    @staticmethod
    def is_adult(age):
        return age >= 18

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.age})"

class Student(Person):
    pass

p = Person.from_string("Ana-31")
s = Student.from_string("Bo-17")
q = Student.from_birth_year("Cy", 2000)
print(p, s, q)
print(Person.is_adult(p.age), s.is_adult(s.age))
print(Person.count, Student.count)
print(type(Person.__dict__["from_string"]).__name__)
print(type(Person.__dict__["is_adult"]).__name__)
print(Person.from_string.__self__ is Person, Student.from_string.__self__ is Student)
print(Person.is_adult.__qualname__)
print(callable(Person.__dict__["is_adult"]))
