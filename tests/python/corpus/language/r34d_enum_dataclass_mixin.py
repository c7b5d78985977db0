# Enum members carrying structured values: a tuple mixin with __new__ and extra attributes
from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

for p in Planet:
    print(f"{p.name:8} {p.value} g={p.gravity:6.2f}")

class Coin(int, Enum):
    def __new__(cls, cents, label):
        obj = int.__new__(cls, cents)
        obj._value_ = cents
        obj.label = label
        return obj
    PENNY = 1, "one cent"
    NICKEL = 5, "five cents"
    DIME = 10, "ten cents"

print(Coin(5), Coin.DIME.label, Coin.PENNY + Coin.DIME, sorted(Coin, reverse=True))
print(Coin.NICKEL * 2, isinstance(Coin.DIME, int), Coin.DIME.value)
try:
    Coin(3)
except ValueError as e:
    print(e)
print(Planet((5.976e24, 6.37814e6)))
