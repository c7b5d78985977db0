# numbers: the abstract number classes, int/bool/float registered, Fraction a Rational, a class of one's own
import numbers
from fractions import Fraction

def describe(x):
    kinds = [c.__name__ for c in (numbers.Integral, numbers.Rational, numbers.Real, numbers.Complex, numbers.Number) if isinstance(x, c)]
    return f'{x!r:>16}: {", ".join(kinds) or "not a number"}'

for x in [7, True, 2.5, Fraction(3, 4), '7', None, [1]]:
    print(describe(x))
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational))
print(numbers.Integral.__mro__)
print(Fraction.__mro__)
print(type(numbers.Real), numbers.__all__)

class Half(numbers.Real):
    pass

try:
    Half()
except TypeError as e:
    print(e)

class Money(numbers.Integral):
    def __init__(self, cents): self.cents = cents
    def __int__(self): return self.cents
    __abs__ = __add__ = __and__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = __invert__ = __le__ = __lshift__ = lambda *a: NotImplemented
    __lt__ = __mod__ = __mul__ = __neg__ = __or__ = __pos__ = __pow__ = __radd__ = __rand__ = __rfloordiv__ = lambda *a: NotImplemented
    __rlshift__ = __rmod__ = __rmul__ = __ror__ = __round__ = __rpow__ = __rrshift__ = __rshift__ = lambda *a: NotImplemented
    __rtruediv__ = __rxor__ = __truediv__ = __trunc__ = __xor__ = lambda *a: NotImplemented
    def __pos__(self): return self.cents

m = Money(250)
print(int(m), float(m), m.numerator, m.denominator, [10, 20, 30, 40][Money(2)])
print(numbers.Real.__abstractmethods__ == frozenset({'__abs__', '__add__', '__ceil__', '__eq__', '__float__', '__floor__', '__floordiv__', '__le__', '__lt__', '__mod__', '__mul__', '__neg__', '__pos__', '__pow__', '__radd__', '__rfloordiv__', '__rmod__', '__rmul__', '__round__', '__rpow__', '__rtruediv__', '__truediv__', '__trunc__'}))
print(sorted(numbers.Rational.__abstractmethods__ - numbers.Real.__abstractmethods__))
print((2.5).real, numbers.Real.conjugate(4.0), divmod(Fraction(7, 2), 1))
