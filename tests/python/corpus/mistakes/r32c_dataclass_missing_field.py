# Constructing a dataclass without one of its fields.
from dataclasses import dataclass, field

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)

tasks = [Task(2, "b"), Task(1, "a")]
print(sorted(tasks))
print(Task(3))
