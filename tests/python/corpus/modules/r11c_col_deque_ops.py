from collections import deque

d = deque(range(1, 8))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.extendleft("abc")
print(d)
d.appendleft(0)
print(d.popleft(), d.pop())
print(len(d), d[0], d[-1])
print(d.index(3), d.count("a"))
d.remove("b")
print(d)
d.insert(2, "X")
print(d)
d.reverse()
print(d)
print(list(reversed(d))[:3])
d.clear()
print(d, bool(d))
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
print(deque("xyz") + deque("ab"), deque([1, 2]) * 2)
