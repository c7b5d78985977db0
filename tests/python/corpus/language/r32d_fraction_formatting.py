# Formatting Fractions and Decimals in f-strings, and converting between them
from fractions import Fraction
from decimal import Decimal

half = Fraction(1, 2)
print(f"{half}", f"{half!r}", str(half), f"{float(half):.3f}", f"{half:>8}" if False else "skip")
print(Fraction.from_decimal(Decimal("0.125")), Fraction.from_float(0.25), Fraction(Decimal("1.1")))
print(Decimal(1) / Decimal(3), Decimal(half.numerator) / half.denominator, Decimal.from_float(0.5))
print(f"{Decimal('3.14159'):.2f}", f"{Decimal('1234567.891'):,}", f"{Decimal('0.5'):%}", f"{Decimal('12'):e}")
print(round(Fraction(7, 3), 2), round(Decimal("2.345"), 2), int(Fraction(-7, 2)), Fraction(-7, 2).__floor__())
print(Fraction(3, 4).as_integer_ratio(), Fraction(5).is_integer() if hasattr(Fraction, "is_integer") else "n/a")
print(f"{Fraction(1, 3):.3f}")
