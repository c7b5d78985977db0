# deque edge cases: slicing is not allowed, maxlen=0, insert into a full deque, rotate empty, repr
from collections import deque

d = deque(range(5), maxlen=5)
print(d, d[2], d[-1], 3 in d, d.maxlen, len(d))
try:
    d[1:3]
except TypeError as e:
    print("TypeError:", e)
d.append(5)
print(d)
try:
    d.insert(0, -1)
except IndexError as e:
    print("IndexError:", e)
empty = deque()
empty.rotate(5)
print(empty, deque(maxlen=0), deque("abc", 2), deque([1, 2]) == deque([1, 2], maxlen=9))
z = deque(maxlen=0)
z.append(1)
print(z, deque([1, 2, 3]) * 2, deque([1]) + deque([2]), list(reversed(deque("xyz"))))
d.remove(99)
