# Comparing an Enum member with its raw value and sorting members
from enum import Enum

class Priority(Enum):
    LOW = 1
    HIGH = 2

p = Priority.HIGH
print(p == 2, p.value == 2)
print(Priority(2) is p)
print(sorted([Priority.HIGH, Priority.LOW]))
