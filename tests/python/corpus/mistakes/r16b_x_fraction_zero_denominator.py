# A Fraction with a zero denominator
from fractions import Fraction

print(Fraction(3, 4) + Fraction(1, 4))
print(Fraction(1, 0))
