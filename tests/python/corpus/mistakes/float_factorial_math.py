# Mistake: math.factorial of a float, a negative and a string.
import math

for value in [5, 5.0, -1, '5']:
    try:
        print(value, math.factorial(value))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(math.factorial(3.5))
