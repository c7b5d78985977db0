# Formatting Fractions and Decimals in f-strings: what works in 3.11 and what raises
from decimal import Decimal
from fractions import Fraction

d = Decimal("1234.5678")
print(f"{d:.2f} {d:,.1f} {d:>12.3f} {d:e} {d:%} {Decimal('0.5'):.0f} {Decimal('1.5'):.0f} {d:g}")
print(f"{Decimal('-0'):+.2f} {Decimal('NaN'):.2f} {Decimal('1e10'):f} {Decimal('1E+2')} {Decimal('100').scaleb(-1)}")
f = Fraction(22, 7)
print(f"{f} {f!r} {float(f):.4f} {str(f):>8}|")
print(Fraction(Decimal("0.75")), Fraction("1.5e-3"), Fraction(1, 3) + Decimal(1) if False else "skip")
try:
    print(f"{f:.3f}")
except TypeError as e:
    print("TypeError:", e)
print(Decimal(1) + Fraction(1, 2))
