# Invoice rounding with Decimal.quantize under several rounding modes, plus signs and exponents.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_05UP, localcontext, InvalidOperation

prices = [Decimal("2.675"), Decimal("-2.675"), Decimal("0.125"), Decimal("1.005"), Decimal("7")]
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_05UP]
print("value".rjust(8), *(m.replace("ROUND_", "").rjust(10) for m in modes))
for p in prices:
    print(str(p).rjust(8), *(str(p.quantize(Decimal("0.01"), rounding=m)).rjust(10) for m in modes))
d = Decimal("1234.5000")
print(d.normalize(), d.as_tuple(), d.adjusted(), d.is_signed(), (-d).copy_abs())
print(Decimal("1e3").normalize(), Decimal("100").normalize(), format(Decimal("1E+2"), "f"))
print(Decimal("10") / Decimal("3"), Decimal(1) / 7)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, Decimal("123456789") + 0)
print(Decimal("3.14159").quantize(Decimal("1.000")), round(Decimal("2.5")), round(Decimal("2.567"), 1))
try:
    Decimal("1e30").quantize(Decimal("0.01"), context=None)
    with localcontext() as ctx:
        ctx.prec = 10
        Decimal("1e30").quantize(Decimal("0.01"))
except InvalidOperation as e:
    print("InvalidOperation", e)
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.5'):%} {Decimal('-0'):+}")
