# Mistake: an Enum looked up by a value it does not have, then assigned to.
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

print(Color(2), Color["RED"])
try:
    Color(3)
except ValueError as e:
    print(e)
Color.RED = 5
