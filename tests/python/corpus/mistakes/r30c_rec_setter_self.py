# A property setter that assigns to the property itself.
class Person:
    def __init__(self, age):
        self.age = age

    @property
    def age(self):
        return self._age

    @age.setter
    def age(self, value):
        if value < 0:
            raise ValueError("negative age")
        self.age = value

p = Person(30)
print(p.age)
