# the different ZeroDivisionError messages
for f in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0,
          lambda: 5 % 0.0, lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: 0 ** -1,
          lambda: 0.0 ** -1, lambda: pow(2, 3, 0)]:
    try:
        f()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ':', e)
from fractions import Fraction
from decimal import Decimal
for f in [lambda: Fraction(1) / 0, lambda: Decimal(1) / 0, lambda: Decimal(0) / 0]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
x = 10
y = 0
print(x % y)
