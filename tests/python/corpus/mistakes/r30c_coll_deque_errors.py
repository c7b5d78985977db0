# deque mistakes: popping an empty one, a bad index, removing a missing item.
from collections import deque
d = deque([1, 2, 3], maxlen=3)
d.append(4)
print(d, d.maxlen)
for action in ["d[5]", "d.remove(9)", "deque().pop()", "deque().popleft()", "d.index(7)", "d.insert(0, 0)"]:
    try:
        eval(action)
    except Exception as e:
        print(action, "->", type(e).__name__, e)
d.rotate("1")
