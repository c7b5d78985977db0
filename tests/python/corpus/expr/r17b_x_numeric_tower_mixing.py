# Mixing int, float, bool, Fraction and Decimal in arithmetic and comparisons
from fractions import Fraction
from decimal import Decimal

print(1 + 2.0, True + 1, True * 2.5, 7 / 7, type(7 / 7).__name__, 2 ** 0.5 * 2 ** 0.5)
f = Fraction(1, 3)
print(f + 1, f * 3, f + 0.5, f == Fraction(2, 6), float(f), Fraction('0.25'), Fraction(0.1).limit_denominator(100))
d = Decimal('0.1')
print(d * 3, d * 3 == Decimal('0.3'), 0.1 * 3 == 0.3, Decimal(0.1) == d, d + 1, Decimal('1.10') + Decimal('2.205'))
print(round(Decimal('2.675'), 2), round(2.675, 2), Decimal('7') / Decimal('3'), int(Decimal('3.99')))
print(max(1, 2.5, Fraction(5, 2)), sorted([Fraction(1, 2), 0.3, 1, Decimal('0.4')]))
print(1 == 1.0 == Fraction(1) == Decimal(1), hash(1) == hash(1.0) == hash(Fraction(1)))
print(d + 0.1)
