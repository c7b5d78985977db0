from dataclasses import dataclass, field

@dataclass
class Animal:
    name: str
    legs: int = 4

@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True

@dataclass
class Penguin(Bird):
    can_fly: bool = False
    colony: list = field(default_factory=list)

print(Animal("cat"))
print(Bird("robin"))
print(Penguin("pingu", colony=["a", "b"]))
print(Penguin.__mro__[1].__name__)
print(Bird("x") == Animal("x", 2))
print(Bird("x") == Bird("x"))

@dataclass
class Base:
    x: int
    def describe(self):
        return f"{type(self).__name__} x={self.x}"

@dataclass
class Derived(Base):
    y: int = 0
    def describe(self):
        return super().describe() + f" y={self.y}"
print(Derived(1, 2).describe())
try:
    @dataclass
    class Broken(Bird):
        wingspan: float
except TypeError as e:
    print("TypeError:", e)
