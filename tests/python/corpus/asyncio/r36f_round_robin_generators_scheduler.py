# "Build your own event loop": a round-robin scheduler of plain generators with a deque.
from collections import deque

def countdown(name, n):
    while n > 0:
        print(f"{name}: {n}")
        yield
        n -= 1
    return f"{name} done"

def run(tasks):
    ready = deque(tasks)
    results = []
    while ready:
        task = ready.popleft()
        try:
            next(task)
            ready.append(task)
        except StopIteration as e:
            results.append(e.value)
    return results

print(run([countdown("A", 3), countdown("B", 1), countdown("C", 2)]))
