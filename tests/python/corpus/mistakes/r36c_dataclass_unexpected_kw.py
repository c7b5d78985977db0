# a Task dataclass built from a dict with an extra key
from dataclasses import dataclass, field

@dataclass
class Task:
    title: str
    done: bool = False
    tags: list = field(default_factory=list)

raw = {"title": "write", "done": True, "priority": 2}
print(Task(**raw))
