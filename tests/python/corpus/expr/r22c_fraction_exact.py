# exact arithmetic with fractions
from fractions import Fraction as F
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(-a), a ** -2)
print(F(0.1), F("0.1"), F(0.1).limit_denominator(100), F("3/4"), F(" -2/8 "), F("1.25e1"))
print(F(6, 4), F(-6, 4), F(6, -4), F(0, 5), F(5), F(2.5), F(F(1, 2), F(1, 3)))
print(float(F(1, 3)), int(F(7, 2)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 3))
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) < 0.6, F(3, 1) == 3, sum(F(1, n) for n in range(1, 7)))
print(f"{F(1, 3)}", repr(F(1, 3)), str(F(4, 2)), F(1, 3).numerator, F(1, 3).denominator)
print(F(7, 3) // 2, F(7, 3) % 2, divmod(F(7, 3), F(1, 2)), F(1, 3) + 0.5, F(1, 3) * 3 == 1)
print(F(355, 113) - F(3.141592653589793), (0.1).as_integer_ratio(), F(*(0.1).as_integer_ratio()) == F(0.1))
for args in [("1/0",), ("x",), (1.5, 2), ("1/2.5",)]:
    try:
        print(F(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__ + ":", e)
F(1, 0)
