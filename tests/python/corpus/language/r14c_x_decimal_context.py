# Decimal's context: precision, localcontext, flags and traps, and its repr.
from decimal import Decimal, getcontext, localcontext, Inexact, DivisionByZero, InvalidOperation

print(getcontext())
print(Decimal(1) / Decimal(7))
getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal(10) ** 20 + 1)
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7))
    print(Decimal(2).sqrt())
print(Decimal(1) / Decimal(3), getcontext().prec)
ctx = getcontext()
ctx.clear_flags()
x = Decimal(1) / 3
print(ctx.flags[Inexact], ctx.flags[DivisionByZero])
ctx.traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0)
ctx.traps[InvalidOperation] = False
print(Decimal("not a number"), Decimal(0) / 0, Decimal(-4).sqrt())
print(ctx)
ctx.traps[Inexact] = True
try:
    Decimal(2) / 3
except Inexact as e:
    print("Inexact:", e)
