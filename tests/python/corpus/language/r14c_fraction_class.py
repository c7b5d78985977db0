# A Fraction class of one's own: normalising with gcd, arithmetic operators, comparisons and str.
from math import gcd

class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num, self.den = num // g, den // g
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        return self + Frac(-o.num, o.den)
    def __mul__(self, o):
        return Frac(self.num * o.num, self.den * o.den)
    def __truediv__(self, o):
        return Frac(self.num * o.den, self.den * o.num)
    def __eq__(self, o):
        return (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        return self.num * o.den < o.num * self.den
    def __float__(self):
        return self.num / self.den
    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)
    __repr__ = __str__

a, b = Frac(1, 2), Frac(3, -4)
print(a, b, a + b, a - b, a * b, a / b, a + 1, 2 + a)
print(a == Frac(2, 4), b < a, sorted([a, b, Frac(1, 3)]), float(b))
print(sum([Frac(1, n) for n in range(1, 7)], Frac(0)))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(a / Frac(0))
