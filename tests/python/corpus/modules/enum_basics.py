# enum.Enum: members, lookups, iteration, aliases, reprs, strs and formats, hashing, errors caught
from enum import Enum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.RED in Color, list(reversed(Color)))
print(Color.__members__)
print(repr(Color), str(Color), f"{Color.RED}", f"{Color.RED!r}", f"[{Color.RED:>12}]", "%s" % Color.RED)
print(hash(Color.RED) == hash("RED"), {Color.RED: "r"}[Color.CRIMSON], Color.RED == 1, Color.RED != Color.GREEN)
print(type(Color).__name__, type(Color.RED), isinstance(Color.RED, Color), Color.RED.__class__.__name__)
print(sorted(Color, key=lambda c: -c.value), Color._member_names_, Color.RED._name_, Color.RED._value_)
for bad in (lambda: Color(5), lambda: Color["PURPLE"], lambda: setattr(Color, "RED", 5),
            lambda: Color.RED < Color.GREEN, lambda: delattr(Color, "RED")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
for attr in ("name", "value"):
    try:
        setattr(Color.RED, attr, "x")
    except AttributeError as e:
        print("AttributeError:", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class Twice(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    def describe(self):
        return f"{self.name.lower()}!"
    @classmethod
    def default(cls):
        return cls.CIRCLE
    @property
    def sides(self):
        return {1: 0, 2: 4}[self.value]
print(Shape.SQUARE.describe(), Shape.default(), Shape.SQUARE.sides, [s.value for s in Shape])
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
print(Planet.MARS.mass, Planet.EARTH.value, Planet((6.42e23, 3.39e6)))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal), list(Enum("Pair", [("P", 10), ("Q", 20)])))
