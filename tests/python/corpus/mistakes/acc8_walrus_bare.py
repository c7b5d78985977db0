# The walrus at statement level without parentheses.
import math
n := 5
print(math.factorial(n))
