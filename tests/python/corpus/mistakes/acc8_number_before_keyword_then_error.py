# A warning for `10if` on one line, then a syntax error further down: both are reported.
import math

limit = 10if True else 5
for n in range(limit):
    print(math.factorial(n)
print("done")
