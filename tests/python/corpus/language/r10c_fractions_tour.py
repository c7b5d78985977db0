from fractions import Fraction as F

a = F(1, 3)
b = F("2/6")
print(a, b, a == b, repr(a), F(3), F(6, -4), F("1.25"), F(" -3/7 "))
print(a + F(1, 6), a * 3, a / F(2, 9), a - 1, a ** 2, a ** -1, 2 ** F(1, 1))
print(F(1, 3) + 0.5, type(F(1, 3) + 0.5).__name__, F(1, 2) == 0.5, F(1, 3) < 0.34)
print(F(0.1), F(0.1).limit_denominator(100), F(3.14159).limit_denominator(1000))
print(F(7, 2).numerator, F(7, 2).denominator, float(F(7, 2)), int(F(-7, 2)), round(F(7, 2)), round(F(5, 2)))
print(sum(F(1, n) for n in range(1, 7)), F(1, 2).as_integer_ratio(), (0.75).as_integer_ratio())
print(sorted([F(1, 2), F(1, 3), F(2, 3), 0.4]), max(F(5, 4), 1))
print(f"{F(1, 3)}", str(F(4, 2)), F(10, 4).limit_denominator(1), hash(F(1, 2)) == hash(0.5))
print(F(1, 3) // F(1, 6), F(7, 3) % 1, divmod(F(7, 2), 1), abs(F(-1, 2)), -F(1, 2))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    F("abc")
except ValueError as e:
    print(e)
print(F(1, 3) * F(3, 1) == 1, F(1, 3) * 3 is 1)
