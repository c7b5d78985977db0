# Mistake: mixing big integers with floats: a factorial too big for a float.
import math

big = math.factorial(200)
print(len(str(big)), 'digits')
print(2.0 ** 100)
print(big / 2)
