# An abstract Animal base class with abc, subclasses, polymorphism and a forgotten method.
from abc import ABC, abstractmethod

class Animal(ABC):
    def __init__(self, name):
        self.name = name
    @abstractmethod
    def sound(self):
        ...
    def speak(self):
        return f"{self.name} says {self.sound()}"

class Dog(Animal):
    def sound(self):
        return "Woof"

class Cat(Animal):
    def sound(self):
        return "Meow"
    def speak(self):
        return super().speak() + " (and ignores you)"

class Fish(Animal):
    pass

for a in [Dog("Rex"), Cat("Tom"), Dog("Fido")]:
    print(a.speak())
for cls in (Animal, Fish):
    try:
        cls("x")
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Dog("a"), Animal), Animal.__abstractmethods__ == frozenset({"sound"}))
