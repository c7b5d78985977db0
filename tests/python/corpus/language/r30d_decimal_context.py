# decimal contexts: localcontext precision, rounding, traps for inexact results, and flags
from decimal import Decimal, localcontext, getcontext, Inexact, ROUND_DOWN, ROUND_CEILING, DivisionByZero

third = Decimal(1) / Decimal(3)
print(third, getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal(2).sqrt(), Decimal("123456789") + 0)
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3))
print(Decimal(2) / Decimal(3))
print(Decimal("1.2345").quantize(Decimal("0.01"), rounding=ROUND_CEILING), Decimal("-1.2345").quantize(Decimal("0.1"), rounding=ROUND_CEILING))
print(Decimal("10").ln().quantize(Decimal("1.0000")), Decimal(10) ** Decimal("0.5"), Decimal("1e-3").exp())
print(Decimal("0.1") * 3 == Decimal("0.3"), Decimal(0.5) == 0.5, Decimal("1.10").normalize(), Decimal("100").normalize())
print(Decimal("7").compare(Decimal("7.0")), max(Decimal("1.0"), Decimal("1")), Decimal("-3.7").to_integral_value())
ctx = getcontext().copy()
ctx.traps[Inexact] = True
with localcontext(ctx):
    print(Decimal(1) / Decimal(4))
    try:
        Decimal(1) / Decimal(3)
    except Inexact as e:
        print("Inexact trapped", type(e).__mro__[1].__name__)
getcontext().traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0)
print(Decimal(0) / 0)
