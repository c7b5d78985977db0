# deque as a rolling window and heapq as a priority queue of jobs
from collections import deque
import heapq

window = deque(maxlen=3)
for x in [5, 1, 4, 8, 2]:
    window.append(x)
    print(list(window), sum(window) / len(window))
d = deque('abc')
d.rotate(1)
d.appendleft('z')
print(d, d.popleft(), d.pop())

jobs = []
for prio, name in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent')]:
    heapq.heappush(jobs, (prio, name))
while jobs:
    print(heapq.heappop(jobs))
print(heapq.nlargest(2, [4, 9, 1, 7]), heapq.nsmallest(2, [4, 9, 1, 7]))
deque().pop()
