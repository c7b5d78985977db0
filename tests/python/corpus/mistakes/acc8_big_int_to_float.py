# The square root of a big factorial, then a big true division.
import math

f = math.factorial(200)
print(math.isqrt(f) > 0)
try:
    print(f / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(f ** 0.5)
