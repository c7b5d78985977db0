# Recipe scaling with Fraction: from strings, floats and Decimals, mixed arithmetic and formatting.
from fractions import Fraction
from decimal import Decimal
import math

recipe = {"flour": "2 1/4", "sugar": "3/4", "butter": "0.5", "eggs": "2"}
def parse(q):
    whole, _, frac = q.partition(" ")
    return Fraction(whole) + (Fraction(frac) if frac else 0)
def pretty(f):
    whole, rem = divmod(f.numerator, f.denominator)
    if rem == 0:
        return str(whole)
    return f"{whole} {rem}/{f.denominator}" if whole else f"{rem}/{f.denominator}"
for scale in (Fraction(1, 2), Fraction(3, 2), 3):
    print(scale, {k: pretty(parse(v) * scale) for k, v in recipe.items()})
print(Fraction(0.1), Fraction(Decimal("0.1")), Fraction(1.5), Fraction("1e-3"), Fraction("-7/21"))
print(Fraction(1, 3) + 0.5, Fraction(1, 3) + Decimal("0.5") if False else Fraction(1, 3) * 3 == 1)
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)), int(Fraction(-7, 2)), float(Fraction(1, 8)))
print(Fraction(2, 3).as_integer_ratio(), Fraction(5).is_integer() if hasattr(Fraction, "is_integer") else "n/a")
print(sum(Fraction(1, n) for n in range(1, 7)), min(Fraction(1, 3), 0.33), Fraction(1, 3) < 0.3334)
print(f"{float(Fraction(22, 7)):.5f}", Fraction(22, 7).limit_denominator(5), abs(Fraction(-3, 4)), -Fraction(3, 4))
print(Fraction(3, 4) // Fraction(1, 3), Fraction(3, 4) % Fraction(1, 3), divmod(Fraction(7, 2), 2), 2 ** Fraction(1, 2))
print(hash(Fraction(1, 2)) == hash(0.5), Fraction(1, 2) == 0.5, {Fraction(1, 2): "half"}[0.5])
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
Fraction("1/2/3")
