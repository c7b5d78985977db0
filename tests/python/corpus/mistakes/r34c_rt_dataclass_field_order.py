# A dataclass with a defaulted field before a required one
from dataclasses import dataclass

@dataclass
class Task:
    name: str
    priority: int = 0
    deadline: float

print(Task("write", 1, 2.0))
