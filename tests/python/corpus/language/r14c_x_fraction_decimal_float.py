# One third three ways: float, Fraction and Decimal, summed, compared and converted into each other.
from fractions import Fraction
from decimal import Decimal, getcontext

third_f = 1 / 3
third_q = Fraction(1, 3)
third_d = Decimal(1) / 3
print(third_f, third_q, third_d)
print(third_f * 3 == 1, third_q * 3 == 1, third_d * 3 == 1, third_d * 3)
print(Fraction(third_f), Fraction(third_d), Decimal(third_f))
print(float(third_q), float(third_d), Fraction(str(third_f)))
getcontext().prec = 50
print(Decimal(1) / 3, Decimal(third_q.numerator) / third_q.denominator)
print(Fraction("0.1") + Fraction("0.2") == Fraction("0.3"), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(sorted([third_f, third_q, Decimal("0.3333")]), max(Fraction(1, 3), Decimal("0.34")))
print(Fraction.from_decimal(Decimal("1.25")), Fraction.from_float(0.75), Decimal("2.5").as_integer_ratio())
print(third_q + Fraction(1, 6), third_q + 1, third_q + 0.5)
try:
    print(third_q + Decimal("0.5"))
except TypeError as e:
    print("TypeError:", e)
