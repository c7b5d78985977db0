# dir() of an enum, its members and a Flag (enum's own __dir__), and of a class with a __dir__ of its own
from enum import Enum, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    def describe(self):
        return self.name.lower()
    @property
    def hexa(self):
        return f"#{self.value:02x}"
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
class Coded(Enum):
    def __new__(cls, value):
        member = object.__new__(cls)
        member._value_ = value * 10
        return member
    A = 1
class Perm(Flag):
    R = auto()
    W = auto()
print(dir(Color.RED))
print(dir(Color))
print(dir(Planet.EARTH), Coded.A.value)
print(dir(Coded))
print(dir(Perm.R | Perm.W))
print(dir(Perm))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __dir__(self):
        return ["zeta", "alpha"] + dir(self._target)[:2]
print(dir(Proxy(Color.RED)), "alpha" in dir(Proxy))
