# A dataclass made without one of its fields.
from dataclasses import dataclass

@dataclass
class Task:
    name: str
    delay: float

print(Task("a", 0.1))
print(Task("b"))
