# The numbers module's ABCs checked against int, float, bool, Fraction, Decimal and a class registered.
import numbers
from fractions import Fraction
from decimal import Decimal

values = [3, 2.5, True, Fraction(1, 3), Decimal("1.5"), "7", None]
for v in values:
    kinds = [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)]
    print(f"{v!r:<20} {kinds}")

def mean(xs):
    if not all(isinstance(x, numbers.Real) for x in xs):
        raise TypeError("mean() needs real numbers")
    return sum(xs) / len(xs)

print(mean([1, 2.5, Fraction(1, 2)]))
try:
    mean([1, "2"])
except TypeError as e:
    print("TypeError:", e)

class Meters:
    def __init__(self, v):
        self.v = v
numbers.Real.register(Meters)
print(isinstance(Meters(3), numbers.Number), issubclass(Meters, numbers.Integral), issubclass(numbers.Integral, numbers.Real))
print(Fraction(Decimal("0.125")), Fraction.from_decimal(Decimal("-2.5")), Decimal("0.5") == Fraction(1, 2))
