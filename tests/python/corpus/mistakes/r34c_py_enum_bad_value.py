# Looking up enum members by a value and a name that do not exist
from enum import Enum

class Level(Enum):
    LOW = 1
    HIGH = 3

print(Level(3), Level["LOW"])
print(Level["MEDIUM"])
