from math import gcd

class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("denominator is zero")
        g = gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g

    def __add__(self, other):
        if isinstance(other, int):
            other = Frac(other)
        if not isinstance(other, Frac):
            return NotImplemented
        return Frac(self.n * other.d + other.n * self.d, self.d * other.d)

    __radd__ = __add__

    def __mul__(self, other):
        if isinstance(other, int):
            other = Frac(other)
        return Frac(self.n * other.n, self.d * other.d)

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __eq__(self, other):
        return (self.n, self.d) == (other.n, other.d)

    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)

print(Frac(1, 2) + Frac(1, 3), Frac(2, 4), Frac(3, -6))
print(1 + Frac(1, 2), Frac(1, 2) + 1, -Frac(1, 2))
print(sum([Frac(1, n) for n in range(1, 5)]))
print(Frac(2, 3) * 3, Frac(4, 2) == Frac(2))
try:
    Frac(1, 2) + "x"
except TypeError as e:
    print(e)
try:
    "x" + Frac(1, 2)
except TypeError as e:
    print(e)
Frac(1, 2) * "x"
