# Splitting a bill with decimal: quantize, rounding modes and local precision.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, localcontext, InvalidOperation, getcontext

total = Decimal("100.00")
share = total / 3
print(share)
cents = Decimal("0.01")
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN):
    print(mode, Decimal("2.675").quantize(cents, rounding=mode), Decimal("2.665").quantize(cents, rounding=mode))
parts = [share.quantize(cents)] * 3
parts[-1] += total - sum(parts)
print(parts, sum(parts))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
print(Decimal(1) / Decimal(7))
print(getcontext().prec, Decimal("1.10") + Decimal("2.205"))
print(Decimal(0.1), Decimal("0.1") * 3 == Decimal("0.3"))
print(Decimal("-0"), Decimal("1e3").normalize(), Decimal("1500").normalize(), Decimal("12.3400").normalize())
print(f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.000123'):.2e}")
print(Decimal("7").compare(Decimal("7.0")), Decimal("3.7").to_integral_value(), round(Decimal("2.5")), round(Decimal("3.14159"), 2))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation:", e)
print(Decimal("NaN") == Decimal("NaN"), Decimal("Infinity") > 10**100)
