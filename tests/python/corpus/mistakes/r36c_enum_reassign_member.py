# bumping an enum member's value at runtime
from enum import Enum

class Level(Enum):
    LOW = 1
    HIGH = 10

print(Level.HIGH.value)
Level.HIGH = 20
print(Level.HIGH)
