# Browser-style history with deque(maxlen), rotate, extendleft, index and slicing errors.
from collections import deque

history = deque(maxlen=4)
for page in ["home", "news", "sport", "weather", "mail", "maps"]:
    history.append(page)
    print(f"{page:>8} -> {list(history)}")
print(history.maxlen, history[0], history[-1], len(history))
history.appendleft("start")
print(history)
d = deque(range(6))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.extendleft("ab"); print(d)
print(d.index(3), d.count("a"), 4 in d, d * 2 if len(d) < 5 else d.copy())
d.remove("b")
d[0] = "A"
del d[1]
print(d, d.pop(), d.popleft(), d)
d.reverse(); print(d, list(reversed(d)))
d.insert(2, "mid"); print(d)
d.clear(); print(d, bool(d))
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print("IndexError:", e)
print(deque("abc")[1:])
