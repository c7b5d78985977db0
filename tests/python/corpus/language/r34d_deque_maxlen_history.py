# A command history with deque(maxlen=...), rotate, extendleft and indexing
from collections import deque

history = deque(maxlen=3)
for cmd in ["ls", "cd src", "make", "make test", "git status"]:
    history.append(cmd)
    print(list(history))
print(history.maxlen, history[0], history[-1], len(history))
history.appendleft("first")
print(history)
d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.extendleft("abc")
print(d, d.index(0), d.count("a"))
d.insert(2, "ins")
d.remove("ins")
print(d.pop(), d.popleft(), d)
d.reverse()
print(d, d * 2 if len(d) < 5 else len(d))
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 9)
except IndexError as e:
    print("IndexError:", e)
print(deque([1, 2, 3])[1], deque("xy") + deque("z"))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
