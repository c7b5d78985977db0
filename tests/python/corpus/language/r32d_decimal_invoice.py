# An invoice with decimal: exact cents, quantize with rounding, context precision
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, getcontext, localcontext, InvalidOperation

items = [("pen", Decimal("1.15"), 3), ("book", Decimal("12.99"), 2)]
subtotal = sum(price * qty for _, price, qty in items)
tax = (subtotal * Decimal("0.075")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, repr(subtotal + tax))
print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"), Decimal(0.1))
print(Decimal("2.675").quantize(Decimal("0.01"), ROUND_HALF_EVEN), Decimal("2.665").quantize(Decimal(".01")))
print(Decimal(1) / Decimal(7), getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
print(Decimal("1.50").normalize(), Decimal("-0"), Decimal("1e3"), Decimal("100").sqrt())
print(f"{Decimal('1234.5'):,.2f}", Decimal("7").as_tuple(), Decimal("3.14").as_integer_ratio())
print(sorted([Decimal("1.1"), 1, 0.5]), Decimal("NaN").is_nan(), Decimal("5") % 3, Decimal(-7) // 2)
Decimal("abc")
