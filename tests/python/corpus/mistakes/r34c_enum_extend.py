# Trying to add members to an enum by subclassing it
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

print([c.name for c in Color])

class MoreColor(Color):
    BLUE = 3
