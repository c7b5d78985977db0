# IndexError messages from deque and list assignment
import collections
tests = [
    lambda: collections.deque().pop(),
    lambda: collections.deque([1])[4],
    lambda: collections.deque().popleft(),
    lambda: collections.deque([1, 2]).rotate("x"),
    lambda: "abc"[1:2].index("q"),
]
for t in tests:
    try:
        t()
    except (IndexError, TypeError, ValueError) as e:
        print(repr(e))
[1, 2][2] = 0
