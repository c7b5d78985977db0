# ZeroDivisionError messages for different operations
import fractions, decimal
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: divmod(5, 0),
    lambda: divmod(5.0, 0),
    lambda: 0.0 ** -1,
    lambda: pow(0, -1),
    lambda: fractions.Fraction(1, 0),
    lambda: 1j / 0,
    lambda: decimal.Decimal(1) / 0,
]
for t in tests:
    try:
        t()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    except decimal.DivisionByZero as e:
        print("decimal", type(e).__name__)
x = 10
y = x - 10
print(x / y)
