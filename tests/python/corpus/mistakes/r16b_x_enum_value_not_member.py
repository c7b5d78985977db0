# An Enum looked up by a value and a name that are not members
from enum import Enum

class Color(Enum):
    RED = "red"
    GREEN = "green"

print(Color("red"))
print(Color["GREEN"])
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
print(Color("purple"))
