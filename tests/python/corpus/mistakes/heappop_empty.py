# Popping from an empty heap: CPython's heapq (in C) says 'index out of range',
# not list.pop's 'pop from empty list'.
import heapq

tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'read'))
print(heapq.heappop(tasks), heapq.heappop(tasks))
try:
    heapq.heapreplace(tasks, (3, 'sleep'))
except IndexError as e:
    print('heapreplace:', e)
heapq.heappop(tasks)
