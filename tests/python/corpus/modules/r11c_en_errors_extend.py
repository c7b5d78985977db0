from enum import Enum, IntEnum

class Fruit(Enum):
    APPLE = 1
    BANANA = 2

try:
    class More(Fruit):
        CHERRY = 3
except TypeError as e:
    print("TypeError:", e)
try:
    Fruit.APPLE = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Fruit.APPLE
except AttributeError as e:
    print("AttributeError:", e)
try:
    Fruit()
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
print(Fruit.APPLE < Fruit.BANANA if False else "no order")
try:
    Fruit.APPLE < Fruit.BANANA
except TypeError as e:
    print("TypeError:", e)
print(hash(Fruit.APPLE) == hash(Fruit.APPLE), {Fruit.APPLE: "red"}[Fruit.APPLE])
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Level = IntEnum("Level", [("LOW", 10), ("HIGH", 20)])
print(Level.HIGH, Level(10), repr(Level.LOW))
print(Fruit.APPLE.__class__.__name__, Fruit.__members__["BANANA"])
