# The walrus at statement level without parentheses.
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

import math
n := 5
print(math.factorial(n))
