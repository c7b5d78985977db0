# extending my Color enum with more colours in a subclass
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

print(list(Color))
try:
    class Shade(Enum):
        DARK = 1
        DARK = 2
except TypeError as e:
    print("TypeError:", e)

class MoreColor(Color):
    BLUE = 3
