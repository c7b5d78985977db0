from dataclasses import dataclass, field, fields

@dataclass
class Base:
    id: int
    name: str = "base"

@dataclass
class Child(Base):
    extra: list = field(default_factory=list)
    name: str = "child"

c = Child(1)
print(c)
print([f.name for f in fields(Child)])
print(Child(2, "x", [1]))

@dataclass
class Animal:
    name: str
    sound: str = "..."
    def speak(self):
        return f"{self.name} says {self.sound}"

@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: int = 0

d = Dog("rex", tricks=3)
print(d, d.speak(), isinstance(d, Animal))
print(Dog.__mro__[1].__name__, Dog.__eq__ is not Animal.__eq__)
try:
    @dataclass
    class Broken(Base):
        required: int
except TypeError as e:
    print("TypeError:", e)
class Plain(Base):
    pass
print(Plain(5), Plain.__init__ is Base.__init__)
