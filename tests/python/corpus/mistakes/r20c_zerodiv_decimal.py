# ZeroDivisionError messages from decimal and fractions and integer ops
import fractions, decimal
tests = [
    lambda: decimal.Decimal(1) / 0,
    lambda: decimal.Decimal(0) / 0,
    lambda: fractions.Fraction(1, 2) / 0,
    lambda: fractions.Fraction(3) % 0,
    lambda: 5 % 0.0,
    lambda: (-8) ** 0.5 if False else 0 ** -1,
]
for t in tests:
    try:
        t()
    except ArithmeticError as e:
        print(type(e).__name__, type(e).__mro__[1].__name__, e)
x = 10
print(x // (x - 10))
