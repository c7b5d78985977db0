# Mistake: import function as module.
# (A learner's program as written, to compare with CPython 3.11.)
import math.factorial

for n in range(5):
    print(n, math.factorial(n))
