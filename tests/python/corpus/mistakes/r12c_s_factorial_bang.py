# The factorial written as n! in maths notation.
import math

n = 5
print(math.factorial(n) == n!)
