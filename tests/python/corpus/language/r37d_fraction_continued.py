# Continued fractions of a few numbers using Fraction, and convergents back to fractions.
from fractions import Fraction
import math

def continued(x, n=8):
    terms = []
    for _ in range(n):
        a = math.floor(x)
        terms.append(a)
        x = x - a
        if x == 0:
            break
        x = 1 / x
    return terms

def convergents(terms):
    out = []
    for k in range(1, len(terms) + 1):
        f = Fraction(terms[k - 1])
        for t in reversed(terms[:k - 1]):
            f = t + 1 / f
        out.append(f)
    return out

for value in [Fraction(415, 93), Fraction(-7, 3), Fraction(355, 113)]:
    t = continued(value)
    print(value, t, convergents(t)[-1] == value)
print(continued(Fraction(math.pi)))
cs = convergents(continued(Fraction(math.sqrt(2)), 6))
print(", ".join(map(str, cs)))
print([f"{float(c):.6f}" for c in cs])
print(Fraction(math.pi).limit_denominator(1000), Fraction("3.14159").limit_denominator(100))
print(Fraction(1, 3) ** 2, Fraction(1, 3) ** -2, Fraction(4, 9) ** 0.5)
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
