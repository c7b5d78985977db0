# math.factorial of a float (3.11 refuses it) and of a negative number
import math

for value in [5, 5.0, -3]:
    try:
        print(value, math.factorial(value))
    except (TypeError, ValueError) as e:
        print(value, type(e).__name__, e)
print(math.factorial(int(4.9)))
print(math.factorial(5.5))
