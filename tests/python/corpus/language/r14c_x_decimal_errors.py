# Decimal mistakes: a float mixed in, bad strings, NaN to int, division by zero uncaught.
from decimal import Decimal, InvalidOperation

price = Decimal("9.99")
for attempt in [lambda: price + 0.01, lambda: price * 2, lambda: Decimal("9,99"), lambda: Decimal(None),
                lambda: int(Decimal("NaN")), lambda: int(Decimal("-Infinity")), lambda: price < 10.5, lambda: price == 9.99,
                lambda: Decimal("1e3").quantize(Decimal("1e-30")), lambda: Decimal((0, (1, 2, 3), -2)), lambda: Decimal([1, 2]),
                lambda: round(price, "2"), lambda: format(price, "q"), lambda: Decimal(" 12.5 "), lambda: Decimal("1_000.5")]:
    try:
        print(repr(attempt()))
    except (TypeError, ValueError, OverflowError, InvalidOperation) as e:
        print(type(e).__name__, e)
print(isinstance(InvalidOperation(), ArithmeticError), InvalidOperation.__mro__[1].__name__)
total = Decimal("100")
people = 0
print("each pays", total / people)
