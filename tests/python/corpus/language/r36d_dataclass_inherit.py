# Inheriting dataclasses: field order, defaults, overriding and equality across classes.
from dataclasses import dataclass, field

@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"

@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)

@dataclass(eq=False)
class Cat(Animal):
    sound: str = "meow"

d = Dog("rex", tricks=["sit"])
print(d, d.speak())
print(Dog("a") == Dog("a"), Dog("a") == Animal("a", "woof"), Animal("a") == Animal("a"))
print(Cat("tom") == Cat("tom"), Cat("tom").speak(), Cat.__eq__ is object.__eq__)
print([f for f in Dog.__dataclass_fields__])
print(Dog.__mro__[1].__name__, isinstance(d, Animal))
try:
    @dataclass
    class Broken(Animal):
        age: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Shared:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Puppy(Dog):
    def speak(self):
        return super().speak().upper() + "!"

print(Puppy("bit").speak(), Puppy("bit"))
print(Dog.__init__.__doc__, Dog.__doc__)
print(repr(Animal.__init__.__defaults__))
