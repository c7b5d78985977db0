# A Fraction with zero denominator.
from fractions import Fraction
half = Fraction(1, 2)
print(half + Fraction(1, 3))
print(Fraction(3, 0))
