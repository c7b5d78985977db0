# math.factorial of a float and a negative number.
import math
print(math.factorial(5))
try:
    math.factorial(-3)
except ValueError as e:
    print("ValueError:", e)
print(math.factorial(4.0))
