# A property setter that assigns to itself, recursing forever.
class Person:
    def __init__(self, name):
        self.name = name

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self.name = value.title()

p = Person("ann lee")
print(p.name)
