# Mistake: a dataclass field without a default after one with a default.
from dataclasses import dataclass

@dataclass
class Job:
    name: str
    retries: int = 3
    delay: float

print(Job("a", 1, 0.5))
