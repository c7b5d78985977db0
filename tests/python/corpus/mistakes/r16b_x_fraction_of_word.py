# A Fraction from a word
from fractions import Fraction
print(Fraction("abc"))
