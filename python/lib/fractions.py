# python/lib/fractions.py
#
# fractions.Fraction, written after CPython 3.11's behaviour (its values,
# reprs, hashes, errors and mixed arithmetic: with an int or a Fraction
# the result is a Fraction, with a float it is a float), not its code:
# strings are parsed by hand (the interpreter has no re).  A Decimal is
# known by the decimal module, once a program has imported it (this module
# does not import it, as CPython's imports it only for from_decimal).
# Compiled into a module when it is imported (modules.c, prelude_module).
# A numbers.Rational, as CPython's.
import math as _math
import numbers
import sys as _sys


def _is_decimal(x):
    d = _sys.modules.get('decimal')
    return d is not None and isinstance(x, d.Decimal)

_HASH_MODULUS = 2 ** 61 - 1  # sys.hash_info.modulus
_HASH_INF = 314159           # sys.hash_info.inf

class _Decimals:
    # the digits CPython's pattern's \d matches: any Unicode decimal digit ('٣' too)
    def __contains__(self, c):
        return c.isdecimal()


_DIGITS = _Decimals()


def _digits(s, i, allow_empty):
    """The digits (with single underscores between them) of s from i: (text, end)."""
    j = i
    while j < len(s) and (s[j] in _DIGITS or (s[j] == '_' and j > i and j + 1 < len(s) and s[j + 1] in _DIGITS
                                                and s[j - 1] in _DIGITS)):
        j += 1
    text = s[i:j].replace('_', '')
    if not text and not allow_empty:
        return None, i
    return text, j


def _parse(literal):
    """A Fraction literal: [sign] digits [/ digits] or a decimal with an exponent: (num, den) or None."""
    s = literal.strip()
    i = 0
    sign = 1
    if i < len(s) and s[i] in '+-':
        sign = -1 if s[i] == '-' else 1
        i += 1
    if not (i < len(s) and (s[i] in _DIGITS or (s[i] == '.' and i + 1 < len(s) and s[i + 1] in _DIGITS))):
        return None
    num, i = _digits(s, i, True)
    if i < len(s) and s[i] == '/':
        den, i = _digits(s, i + 1, False)
        if den is None or i != len(s):
            return None
        return sign * int(num or '0'), int(den)
    den = 1
    n = int(num or '0')
    if i < len(s) and s[i] == '.':
        dec, i = _digits(s, i + 1, True)
        if dec:
            scale = 10 ** len(dec)
            n = n * scale + int(dec)
            den *= scale
    if i < len(s) and s[i] in 'eE':
        j = i + 1
        esign = 1
        if j < len(s) and s[j] in '+-':
            esign = -1 if s[j] == '-' else 1
            j += 1
        exp, i = _digits(s, j, False)
        if exp is None:
            return None
        e = esign * int(exp)
        if e >= 0:
            n *= 10 ** e
        else:
            den *= 10 ** -e
    if i != len(s):
        return None
    return sign * n, den


class Fraction(numbers.Rational):
    """This class implements rational numbers."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                a, b = Fraction(numerator), Fraction(denominator)
                numerator, denominator = a._numerator * b._denominator, b._numerator * a._denominator
            else:
                numerator, denominator = int(numerator), int(denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        from decimal import Decimal
        if isinstance(dec, int):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic: a Fraction with an int or a Fraction, a float with a float

    def _operands(a, b):
        if isinstance(b, Fraction):
            return b
        if isinstance(b, int):
            return Fraction(b)
        return None

    def __add__(a, b):
        c = a._operands(b)
        if c is not None:
            return Fraction(a._numerator * c._denominator + c._numerator * a._denominator,
                            a._denominator * c._denominator)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        c = b._operands(a)
        if c is not None:
            return c + b
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(b)
        return NotImplemented

    def __sub__(a, b):
        c = a._operands(b)
        if c is not None:
            return Fraction(a._numerator * c._denominator - c._numerator * a._denominator,
                            a._denominator * c._denominator)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        c = b._operands(a)
        if c is not None:
            return c - b
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(b)
        return NotImplemented

    def __mul__(a, b):
        c = a._operands(b)
        if c is not None:
            return Fraction(a._numerator * c._numerator, a._denominator * c._denominator)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        c = b._operands(a)
        if c is not None:
            return c * b
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        c = a._operands(b)
        if c is not None:
            # reduced first, as CPython's: a division by zero names the same Fraction(n, 0)
            na, da, nb, db = a._numerator, a._denominator, c._numerator, c._denominator
            g1 = _math.gcd(na, nb)
            if g1 > 1:
                na //= g1
                nb //= g1
            g2 = _math.gcd(db, da)
            if g2 > 1:
                da //= g2
                db //= g2
            n, d = na * db, nb * da
            if d < 0:
                n, d = -n, -d
            return Fraction(n, d, _normalize=False)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        c = b._operands(a)
        if c is not None:
            return c / b
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        c = a._operands(b)
        if c is not None:
            return (a._numerator * c._denominator) // (a._denominator * c._numerator)
        if isinstance(b, float):
            return float(a) // b
        if isinstance(b, complex):
            return complex(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        c = b._operands(a)
        if c is not None:
            return c // b
        if isinstance(a, float):
            return a // float(b)
        if isinstance(a, complex):
            return a // complex(b)
        return NotImplemented

    def __divmod__(a, b):
        c = a._operands(b)
        if c is not None:
            da, db = a._denominator, c._denominator
            div, n_mod = divmod(a._numerator * db, da * c._numerator)
            return div, Fraction(n_mod, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        if isinstance(b, complex):
            return divmod(complex(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        c = b._operands(a)
        if c is not None:
            return divmod(c, b)
        if isinstance(a, float):
            return divmod(a, float(b))
        if isinstance(a, complex):
            return divmod(a, complex(b))
        return NotImplemented

    def __mod__(a, b):
        c = a._operands(b)
        if c is not None:
            da, db = a._denominator, c._denominator
            return Fraction((a._numerator * db) % (c._numerator * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        if isinstance(b, complex):
            return complex(a) % b
        return NotImplemented

    def __rmod__(b, a):
        c = b._operands(a)
        if c is not None:
            return c % b
        if isinstance(a, float):
            return a % float(b)
        if isinstance(a, complex):
            return a % complex(b)
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, int) or (isinstance(b, Fraction) and b._denominator == 1):
            power = int(b) if isinstance(b, int) else b._numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
            if a._numerator > 0:
                return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % a._denominator ** -power)
            return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
        if isinstance(b, Fraction):
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = Fraction(other)
            return op(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
