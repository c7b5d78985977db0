# Counter arithmetic drops non-positive counts; then adding a plain dict.
from collections import Counter
a = Counter(apples=3, pears=1)
b = Counter(apples=1, pears=2, figs=1)
print(a - b, b - a)
print(a + b)
print(a & b, a | b)
print(a + {"apples": 1})
