# Popping and indexing empty or too-small containers
from collections import deque

cases = [
    lambda: [].pop(),
    lambda: [1, 2].pop(5),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: deque().popleft(),
    lambda: (1, 2)[5],
    lambda: "abc"[10],
    lambda: range(5)[10],
    lambda: [1, 2, 3].index(9),
    lambda: "abc".index("z"),
    lambda: [1].remove(2),
    lambda: {"a": 1}.pop("b"),
    lambda: dict(["ab", "c"]),
    lambda: bytes([300]),
    lambda: range(0, 10, 0),
]
for i, case in enumerate(cases):
    try:
        case()
    except Exception as e:
        print(i, type(e).__name__, "-", e)
[10, 20][2]
