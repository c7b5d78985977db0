# Mistake: a class pattern that gives the same attribute twice.
from dataclasses import dataclass


@dataclass
class Task:
    name: str
    delay: float


def describe(t):
    match t:
        case Task(name='slow', delay=d, name=n):
            return f'{n} waits {d}'
    return 'fast'


print(describe(Task('slow', 1.5)))
