class Person:
    def __init__(self, name):
        self.name = name

    @property
    def name(self):
        return self.name

    @name.setter
    def name(self, value):
        self.name = value

p = Person("Ann")
print(p.name)
