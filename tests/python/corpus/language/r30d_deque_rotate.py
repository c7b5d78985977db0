# collections.deque: appendleft, rotate, maxlen as a sliding window
from collections import deque

d = deque([1, 2, 3])
d.appendleft(0)
d.append(4)
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1])
recent = deque(maxlen=3)
for n in range(6):
    recent.append(n)
    print(list(recent), end=" ")
print()
print(recent, recent.maxlen)
d.extendleft("ab")
print(d, d.count(1), d.index(4))
print(d.popleft(), d.pop(), d)
deque().pop()
