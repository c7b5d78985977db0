# Mistake: an f-string whose replacement field is never closed.
import math

n = 5
print(f'{n} factorial is {math.factorial(n)')
