# Passing self again to super().__init__.
class Animal:
    def __init__(self, name):
        self.name = name

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(self, name)
        self.breed = breed

d = Dog("Rex", "lab")
print(d.name)
