# building fractions from pairs of numbers; one denominator is zero
from fractions import Fraction

pairs = [(1, 2), (3, 4), (5, 0)]
total = Fraction(0)
for n, d in pairs:
    total += Fraction(n, d)
    print(total)
