# A Fraction from a word
print("== fraction of word ==")

from fractions import Fraction
print(Fraction("abc"))
