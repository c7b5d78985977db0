# A subclass __init__ that forgets super().__init__: the parent's attribute is missing
class Animal:
    def __init__(self, name):
        self.name = name

class Dog(Animal):
    def __init__(self, name, breed):
        self.breed = breed

    def describe(self):
        return f"{self.name} the {self.breed}"

print(Dog("rex", "collie").describe())
