# A dataclass field with a list as its default.
from dataclasses import dataclass

@dataclass
class Queue:
    name: str
    items: list = []

print(Queue("q"))
