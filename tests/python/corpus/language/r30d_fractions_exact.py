# fractions.Fraction for exact arithmetic, limit_denominator, and mixing with ints and floats
from fractions import Fraction as F

a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(F(-3, 4)))
print(F(6, 8), F("3/7"), F("0.125"), F(0.5), F(0.1))
print(F(0.1).limit_denominator(100), F(3.14159265).limit_denominator(1000))
print(sum(F(1, n) for n in range(1, 6)))
print(a + 1, a + 0.5, a == F(2, 6), a < 0.34, float(F(22, 7)), int(F(22, 7)))
print(F(7, 2).numerator, F(7, 2).denominator, F(7, 2).as_integer_ratio(), round(F(7, 2)), round(F(5, 2)))
print(repr(F(1, 3)), str(F(4, 1)), F(10, 4) // 1, F(10, 4) % 1)
print(f"{float(F(2, 3)):.4f}", F(1, 2) ** -1, 2 ** F(1, 2))
F(1, 0)
