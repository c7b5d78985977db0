# Abstract base classes: instantiating an incomplete subclass fails with a message
from abc import ABC, abstractmethod


class Animal(ABC):
    @abstractmethod
    def sound(self):
        ...

    @abstractmethod
    def legs(self):
        ...

    def intro(self):
        return f"{type(self).__name__} says {self.sound()} on {self.legs()} legs"


class Dog(Animal):
    def sound(self):
        return "woof"

    def legs(self):
        return 4


class Bird(Animal):
    def sound(self):
        return "tweet"


print(Dog().intro())
print(sorted(Animal.__abstractmethods__), sorted(Bird.__abstractmethods__))
try:
    Animal()
except TypeError as e:
    print(e)
Bird()
