# Inheriting from an instance of a class instead of the class itself
class Animal:
    def __init__(self, name="generic"):
        self.name = name

animal = Animal()

class Dog(animal):
    pass

print(Dog().name)
