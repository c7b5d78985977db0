# Egyptian fractions and harmonic numbers, and how Fractions behave in formatting in 3.11.
from fractions import Fraction
import math

def egyptian(f):
    parts = []
    while f.numerator:
        d = math.ceil(f.denominator / f.numerator)
        parts.append(Fraction(1, d))
        f -= Fraction(1, d)
    return parts

for f in (Fraction(4, 13), Fraction(5, 6), Fraction(7, 15)):
    print(f, "=", " + ".join(map(str, egyptian(f))))
h = sum(Fraction(1, k) for k in range(1, 11))
print(h, float(h), h.numerator.bit_length())
print(str(Fraction(3, 1)), repr(Fraction(3, 4)), f"{Fraction(3, 4)}", f"{Fraction(3, 4)!r}")
print(f"{float(Fraction(1, 3)):.4f}", format(Fraction(5, 2), ""), f"{Fraction(7, 8)!s:>6}|")
try:
    print(f"{Fraction(1, 3):.3f}")
except TypeError as e:
    print("TypeError:", e)
print(Fraction(1, 3) + 0.5, Fraction(1, 3) * 3 == 1, Fraction(2, 4) == Fraction("1/2"), Fraction(1.1))
print(Fraction(-3, -6), Fraction(3, -6), abs(Fraction(-1, 2)), Fraction(7, 2).__floor__(), math.ceil(Fraction(7, 2)))
print(Fraction("  -3/7 "), Fraction("1e-2"), Fraction("3.25"), Fraction(0.1).limit_denominator(100))
print(sorted([Fraction(2, 3), 0.5, 1, Fraction(1, 3)]), hash(Fraction(1, 2)) == hash(0.5))
print(divmod(Fraction(7, 3), Fraction(1, 2)), Fraction(7, 3) % 1, Fraction(2, 3) ** -2, 2 ** Fraction(1, 2))
for bad in ("1/0", "abc", "1.5/2"):
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
