# math.factorial of a negative number and of a float
import math
print(math.factorial(5))
try:
    math.factorial(5.0)
except TypeError as e:
    print("TypeError:", e)
print(math.factorial(-1))
