# A dataclass field without a default after one with a default.
from dataclasses import dataclass

@dataclass
class Job:
    name: str
    priority: int = 0
    deadline: float

print(Job("build", 1, 2.0))
