# deque.rotate takes an integer: a string or a float is CPython's TypeError
# (it was "not all arguments converted during string formatting": n % len).
from collections import deque

d = deque([1, 2, 3, 4])
d.rotate(True)
print(d)
d.rotate(-2)
print(d)
try:
    d.rotate(1.5)
except TypeError as e:
    print(e)
steps = input() if False else '2'
d.rotate(steps)
