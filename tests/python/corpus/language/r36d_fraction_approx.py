# Approximating pi and e with fractions and continued fractions.
from fractions import Fraction
import math

pi = Fraction(math.pi)
print(pi.limit_denominator(10), pi.limit_denominator(1000), pi.limit_denominator(100000))

def continued(x, n):
    terms = []
    for _ in range(n):
        a = math.floor(x)
        terms.append(a)
        x = x - a
        if x == 0:
            break
        x = 1 / x
    return terms

def convergent(terms):
    f = Fraction(terms[-1])
    for a in reversed(terms[:-1]):
        f = a + 1 / f
    return f

terms = continued(Fraction(415, 93), 10)
print(terms, convergent(terms))
for k in range(1, 6):
    c = convergent(continued(Fraction(math.e), k))
    print(k, c, float(c))
print(Fraction("3/4") + Fraction("0.25"), Fraction(1, 3) ** 2, Fraction(-7, 2) // 1)
print(Fraction(5, 10).as_integer_ratio(), (0.75).as_integer_ratio())
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
print(f"{float(Fraction(1, 7)):.6f}", Fraction(1, 3) == 1 / 3, Fraction(1, 4) == 0.25)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
