import math

print(math.isqrt(17))
n = 50 / 2
print(n)
print(math.isqrt(n))
