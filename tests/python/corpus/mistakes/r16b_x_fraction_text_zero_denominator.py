# A Fraction from text with a zero denominator
print("== fraction text zero denominator ==")
from fractions import Fraction
print(Fraction("3/4") + 1)
print(Fraction("1/0"))
