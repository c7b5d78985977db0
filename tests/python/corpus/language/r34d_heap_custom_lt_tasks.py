# heapq with objects that define __lt__ only, equal priorities, and a lazy-deletion task queue
import heapq, itertools

class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"{self.name}({self.prio})"

h = []
for p, n in [(3, "write"), (1, "read"), (2, "parse"), (1, "open")]:
    heapq.heappush(h, Task(p, n))
print([heapq.heappop(h) for _ in range(len(h))])

REMOVED = "<removed>"
counter = itertools.count()
entries = {}
pq = []
def add(name, prio):
    if name in entries:
        entries.pop(name)[-1] = REMOVED
    e = [prio, next(counter), name]
    entries[name] = e
    heapq.heappush(pq, e)
def pop():
    while pq:
        prio, _, name = heapq.heappop(pq)
        if name is not REMOVED:
            del entries[name]
            return name, prio
    raise KeyError("pop from an empty priority queue")
for name, prio in [("a", 5), ("b", 2), ("c", 9), ("a", 1), ("b", 7)]:
    add(name, prio)
print([pop() for _ in range(3)])
pop()
