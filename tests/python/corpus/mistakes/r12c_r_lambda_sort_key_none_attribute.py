# A sort key lambda that meets a None among the records.
from dataclasses import dataclass

@dataclass
class Task:
    name: str
    priority: int

tasks = [Task("write", 2), Task("test", 1), None, Task("ship", 3)]
for t in sorted(tasks, key=lambda t: t.priority):
    print(t.name)
