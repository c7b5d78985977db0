# A tiny cooperative scheduler with generators (how asyncio started): round robin and sleeping tasks
from collections import deque

def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield
    return f"{name} finished"

def sleeper(name, ticks):
    print(f"{name} sleeping {ticks} ticks")
    for _ in range(ticks):
        yield
    print(f"{name} woke up")
    return ticks

def run(*gens):
    ready = deque(gens)
    results = []
    tick = 0
    while ready:
        g = ready.popleft()
        try:
            next(g)
            ready.append(g)
        except StopIteration as stop:
            results.append((tick, stop.value))
        tick += 1
    return results

print(run(task("A", 2), sleeper("S", 3), task("B", 1)))
