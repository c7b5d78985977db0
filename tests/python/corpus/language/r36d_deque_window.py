# Sliding-window averages and a rotating roster with collections.deque.
from collections import deque

readings = [10, 12, 11, 15, 20, 18, 17, 30]
window = deque(maxlen=3)
for r in readings:
    window.append(r)
    if len(window) == window.maxlen:
        print(f"{list(window)} avg={sum(window) / len(window):.2f}")
roster = deque(["ann", "bob", "cat", "dan"])
for day in range(3):
    print("day", day, "on duty:", roster[0])
    roster.rotate(-1)
print(roster)
d = deque([1, 2, 3])
d.extendleft([0, -1])
print(d, d.index(2), d.count(0))
d.appendleft(9)
d.remove(0)
print(d, d.pop(), d.popleft(), d)
d.insert(1, 7)
print(d, d[-1], 7 in d)
print(deque("abc", maxlen=2), deque(range(5))[2])
d.clear()
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 5)
except IndexError as e:
    print("IndexError:", e)
print(deque([1, 2]) + deque([3]), deque([1]) * 3, full == deque([1, 2]))
