import math

print(math.gcd(12, 8))
print(math.lcm(12, 8))
print(math.gcd(12.0, 8))
