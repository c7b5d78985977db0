# Language: collections.deque as a queue, a stack and a window with maxlen.
from collections import deque

q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, q.popleft(), q.pop(), q)
q.rotate(1)
print(q, list(reversed(q)), len(q), 2 in q)
window = deque(maxlen=3)
for n in range(6):
    window.append(n)
    print(list(window), sum(window) / len(window))
q.extend([7, 8])
q.extendleft([9])
print(q, q[0], q[-1], q.count(7))
