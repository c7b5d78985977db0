# Looking up an Enum by a value or a name that does not exist.
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

print(Color(1), Color["GREEN"])
try:
    Color["BLUE"]
except KeyError as e:
    print("KeyError:", e)
print(Color(3))
