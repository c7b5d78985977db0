# deque as a sliding window, a ring buffer with maxlen, rotate and its errors
from collections import deque

window = deque(maxlen=3)
for x in [5, 1, 4, 2, 8, 3]:
    window.append(x)
    print(list(window), sum(window) / len(window))
d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.maxlen)
d.extendleft("ab")
print(d, d.index(3), d.count("a"))
d.insert(1, "X")
print(d, d[2], d[-1])
print(repr(deque([], maxlen=2)), deque("abc") == deque("abc"), deque([1]) == [1])
full = deque([1, 2], maxlen=2)
full.insert(0, 9)
