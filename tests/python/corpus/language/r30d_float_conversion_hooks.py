# How float() and math functions convert objects: __float__, then __index__ as a fallback
import math


class Celsius:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)


class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(float(Celsius(21)), math.sqrt(Celsius(16)), math.floor(Celsius(2.5)), f"{float(Celsius(3)):.1f}")
print(math.factorial(Count(5)), range(Count(3)), "ab" * Count(2), hex(Count(255)))
print(float(Count(7)))
print(math.sqrt(Count(9)))
print(math.isclose(Count(1), 1.0))
