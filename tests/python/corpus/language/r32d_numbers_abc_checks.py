# Checking kinds of numbers with the numbers ABCs, and a function that accepts any Real
import numbers
from decimal import Decimal
from fractions import Fraction


def describe(x):
    kinds = [name for name in ("Number", "Complex", "Real", "Rational", "Integral")
             if isinstance(x, getattr(numbers, name))]
    return f"{x!r:<22} {type(x).__name__:<9} {kinds}"


for value in [3, True, 2.5, Fraction(1, 3), Decimal("1.1"), 1 + 2j, "7"]:
    print(describe(value))


def clamp(x: numbers.Real, lo=0, hi=1):
    if not isinstance(x, numbers.Real):
        raise TypeError(f"expected a real number, got {type(x).__name__}")
    return max(lo, min(hi, x))


print(clamp(1.7), clamp(Fraction(1, 2)), clamp(-3), issubclass(bool, numbers.Integral))
print(issubclass(float, numbers.Rational), numbers.Integral.__mro__[1].__name__)
clamp(Decimal("0.5"))
