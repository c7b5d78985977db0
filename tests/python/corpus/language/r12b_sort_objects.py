class Task:
    def __init__(self, name, prio):
        self.name, self.prio = name, prio
    def __repr__(self):
        return f"Task({self.name!r}, {self.prio})"

tasks = [Task("write", 2), Task("test", 1), Task("ship", 3), Task("lint", 1)]
print(sorted(tasks, key=lambda t: t.prio))
from operator import attrgetter
print(sorted(tasks, key=attrgetter("prio", "name")))
try:
    sorted(tasks)
except TypeError as e:
    print("TypeError:", e)

class Ordered(Task):
    def __lt__(self, other):
        print(f"  {self.name} < {other.name}?")
        return self.prio < other.prio
otasks = [Ordered("a", 3), Ordered("b", 1), Ordered("c", 2)]
print(sorted(otasks))
print(max(otasks), min(otasks))
print(Ordered("x", 5) > Ordered("y", 1))
import functools
def cmp(a, b):
    return (a.prio > b.prio) - (a.prio < b.prio) or (a.name > b.name) - (a.name < b.name)
print(sorted(tasks, key=functools.cmp_to_key(cmp)))
print(sorted([3, 1, 2], key=None), sorted([], key=len))
print(sorted(tasks, key=lambda t: t.size))
