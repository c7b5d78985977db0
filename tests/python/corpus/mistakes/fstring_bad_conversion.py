# Mistake: an f-string with a conversion that does not exist.
import math

n = 5
print(f'{n!d} factorial is {math.factorial(n)}')
