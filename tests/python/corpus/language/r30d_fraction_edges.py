# Fraction edge cases: from strings with spaces and signs, floor/ceil/round, comparisons with floats, hashing
import math
from fractions import Fraction as F

print(F(" -3/4 "), F("+7"), F("1.25e1"), F(-6, -8), F(3, -9), F(0, 5), F(F(1, 2), F(1, 3)))
x = F(-7, 2)
print(math.floor(x), math.ceil(x), math.trunc(x), round(x), round(F(5, 2)), round(x, 1), round(F(1, 3), 2))
print(F(1, 3) == 1 / 3, F(1, 2) == 0.5, F(1, 3) < 0.3334, hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3))
print(F(1, 3) ** 2, F(4, 9) ** F(1, 2), F(2) ** -2, (-F(8, 27)) ** F(1, 3) if False else "-", F(3, 4) % F(1, 3))
print(divmod(F(7, 2), F(1, 3)), F(7, 2) // 1, abs(F(-1, 9)), +F(1, 9), F(1, 10).limit_denominator(3))
print(F.from_float(0.1), F.from_decimal(__import__("decimal").Decimal("0.1")), F(1, 3).is_integer() if hasattr(F, "is_integer") else "-")
print(sorted([F(1, 2), 0.4, 1, F(1, 3)]), max(F(2, 3), 0.66), sum([F(1, 3)] * 3))
for bad in ["1/0", "abc", "1.5/2", "1/-2"]:
    try:
        print(F(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
F(1.5, 2)
