# Decimal contexts: signals, traps and flags, and mixing Decimal with float and Fraction.
from decimal import Decimal, Context, DivisionByZero, Inexact, Rounded, InvalidOperation, localcontext, ROUND_CEILING
from fractions import Fraction

print(Decimal(0.1), Decimal("0.1"), Decimal(0.1) == Decimal("0.1"))
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print("TypeError:", e)
print(Decimal("1.5") + 1, Decimal("1.5") < 1.6, Decimal("0.5") == 0.5, Decimal(2) ** 10)
print(Fraction(Decimal("1.25")), Fraction("1.25") == Decimal("1.25"), float(Decimal("1e-3")))
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero:", type(e).__mro__[1].__name__)
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    print(Decimal(1) / Decimal(0), Decimal(-1) / Decimal(0))
    ctx.traps[InvalidOperation] = False
    print(Decimal(0) / Decimal(0))
ctx = Context(prec=3, rounding=ROUND_CEILING)
print(ctx.divide(Decimal(1), Decimal(3)), ctx.flags[Inexact], ctx.flags[Rounded])
ctx.clear_flags()
print(ctx.add(Decimal("1.00"), Decimal("2.00")), ctx.flags[Inexact])
strict = Context(traps=[Inexact])
try:
    strict.divide(Decimal(1), Decimal(3))
except Inexact:
    print("Inexact trapped")
print(Decimal("3.14159").quantize(Decimal("0.001")), Decimal("10").sqrt(ctx), Decimal("2").ln(ctx))
print(Decimal("1.30").as_tuple(), Decimal("-1.5").copy_abs(), Decimal("12.5").adjusted())
print(sum([Decimal("0.1")] * 3), sum([Fraction(1, 3)] * 3), sum([0.1] * 3))
print(Decimal("1e5") == Decimal("100000"), str(Decimal("1e5")), int(Decimal("1e5")), Decimal(" 7 "))
