# The numeric tower with numbers ABCs: checking builtins, registering a class, and a Number subclass.
import numbers
from fractions import Fraction
from decimal import Decimal

values = [1, True, 2.5, 1j, Fraction(1, 3), Decimal("1.5")]
abcs = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
print(" " * 16 + " ".join(a.__name__[:8].ljust(8) for a in abcs))
for v in values:
    print(f"{v!r:16}" + " ".join(str(isinstance(v, a)).ljust(8) for a in abcs))

class Money:
    def __init__(self, cents):
        self.cents = cents
numbers.Real.register(Money)
print(isinstance(Money(5), numbers.Real), isinstance(Money(5), numbers.Number), issubclass(Money, numbers.Complex))

class Digit(numbers.Integral):
    pass
try:
    Digit()
except TypeError as e:
    msg = str(e)
    print(msg.split(" with")[0], len(Digit.__abstractmethods__) > 10)
def describe(x):
    if isinstance(x, numbers.Integral):
        return "integral"
    if isinstance(x, numbers.Rational):
        return "rational"
    if isinstance(x, numbers.Real):
        return "real"
    if isinstance(x, numbers.Complex):
        return "complex"
    return "not a number"
print([describe(v) for v in values + ["7", None]])
