# A subclass forgets to call super().__init__ and then uses a parent attribute.
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

class Dog(Animal):
    def __init__(self, name, breed):
        self.breed = breed

d = Dog("rex", "lab")
print(d.breed)
print(d.speak())
