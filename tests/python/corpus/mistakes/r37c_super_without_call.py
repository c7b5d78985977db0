# a subclass calling the parent's init, but I wrote super without parentheses
class Animal:
    def __init__(self, name):
        self.name = name

class Dog(Animal):
    def __init__(self, name, breed):
        super.__init__(name)
        self.breed = breed

d = Dog("rex", "lab")
print(d.name, d.breed)
