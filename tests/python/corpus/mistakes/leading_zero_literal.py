# Mistake: a leading zero in an integer literal.
import math

numbers = [05, 07, 03]
print([math.factorial(n) for n in numbers])
