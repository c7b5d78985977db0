# every way my calculator can divide by zero
from fractions import Fraction
from decimal import Decimal

cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0,
    lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: divmod(1, 0), lambda: 0 ** -1,
    lambda: 0.0 ** -1, lambda: Fraction(1, 0), lambda: pow(0, -2),
]
for c in cases:
    try:
        c()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(Decimal(1) / Decimal(0))
