# functools.reduce of an empty list without an initial value.
from functools import reduce

print(reduce(lambda a, b: a + b, [1, 2, 3]))
print(reduce(lambda a, b: a + b, []))
