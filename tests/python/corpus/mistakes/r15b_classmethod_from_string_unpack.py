# Mistake: an alternate constructor splits a string that has one field too many.
from dataclasses import dataclass

@dataclass
class Task:
    name: str
    delay: float

    @classmethod
    def from_string(cls, text):
        name, delay = text.split(":")
        return cls(name, float(delay))

for line in ["fetch:0.5", "parse:0.25", "save:1:retry"]:
    print(Task.from_string(line))
