# IndexError messages from builtins
import collections
tests = [
    lambda: [][0],
    lambda: ()[1],
    lambda: "ab"[5],
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: range(3)[7],
    lambda: b"x"[3],
    lambda: bytearray()[0],
    lambda: collections.deque().pop(),
    lambda: collections.deque([1])[4],
    lambda: collections.deque().popleft(),
]
for t in tests:
    try:
        t()
    except IndexError as e:
        print(repr(e))
[1, 2][2] = 0
