# Overriding a property in a subclass, calling the parent's getter, and a read-only property
class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last

    @property
    def full_name(self):
        return f"{self.first} {self.last}"

    @full_name.setter
    def full_name(self, value):
        self.first, self.last = value.split(" ", 1)

    @property
    def initials(self):
        return self.first[0] + self.last[0]


class Doctor(Person):
    @property
    def full_name(self):
        return "Dr. " + super().full_name

    @full_name.setter
    def full_name(self, value):
        Person.full_name.fset(self, value.removeprefix("Dr. "))


p = Doctor("Ada", "Lovelace")
print(p.full_name, p.initials)
p.full_name = "Dr. Grace Hopper"
print(p.full_name, p.first, vars(p))
print(Person.full_name.fget(p), isinstance(Doctor.full_name, property))
q = Person("Alan", "Turing")
q.full_name = "Alan Mathison Turing"
print(q.last)
try:
    q.initials = "XX"
except AttributeError as e:
    print(e)
q.full_name = "Plato"
