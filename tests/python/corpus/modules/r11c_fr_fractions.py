from fractions import Fraction as F

a = F(1, 3)
b = F("2/7")
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(F(-5, 10)))
print(F(0.5), F("0.125"), F(3), F(10, -4), F(1.1).limit_denominator(100))
print(a.numerator, a.denominator, float(a), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2))
print(F(1, 2) == 0.5, F(1, 3) < 0.34, sum(F(1, n) for n in range(1, 5)))
print(repr(F(3, 4)), str(F(6, 3)), F(6, 3) == 2, hash(F(6, 3)) == hash(2))
print(F(3, 4).as_integer_ratio(), F(-7, 3) // 1, F(-7, 3) % 1, divmod(F(7, 2), F(1, 3)))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F("abc")
except ValueError as e:
    print("ValueError:", e)
total = F(0)
for price in ["0.10", "0.20", "0.30"]:
    total += F(price)
print(total, total == F(3, 5), 0.1 + 0.2 + 0.3)
print(F(1, 3) + 1, 1 - F(1, 3), F(1, 3) * 1.5, 2 ** F(1, 2))
