# Continued fractions and best rational approximations with fractions.Fraction
from fractions import Fraction
import math

def continued(x, terms):
    out = []
    for _ in range(terms):
        a = math.floor(x)
        out.append(a)
        x -= a
        if x == 0:
            break
        x = 1 / x
    return out

def evaluate(cf):
    result = Fraction(cf[-1])
    for a in reversed(cf[:-1]):
        result = a + 1 / result
    return result

print(continued(Fraction(415, 93), 10))
cf = continued(Fraction(math.pi), 5)
print(cf)
for k in range(1, 5):
    f = evaluate(cf[:k])
    print(f"{str(f):>10} {float(f):.8f} err={abs(float(f) - math.pi):.2e}")
print(Fraction(math.pi).limit_denominator(1000))
print(Fraction("3.1415926").limit_denominator(100))
print(Fraction(1, 3) ** 2, Fraction(1, 3) ** -2, Fraction(4, 9) ** 0.5)
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3))
