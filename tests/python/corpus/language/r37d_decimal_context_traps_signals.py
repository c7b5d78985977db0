# Decimal contexts: traps turned off and on, flags raised, precision, Emax overflow and DivisionByZero.
from decimal import Decimal, Context, getcontext, setcontext, localcontext, DivisionByZero, Inexact, Rounded, Overflow, InvalidOperation, BasicContext, ExtendedContext

ctx = Context(prec=6, traps=[])
print(ctx.divide(Decimal(1), Decimal(0)), ctx.divide(Decimal(0), Decimal(0)), ctx.sqrt(Decimal(-1)))
print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
ctx.clear_flags()
print(ctx.add(Decimal("1.0000001"), Decimal(1)), sorted(k.__name__ for k, v in ctx.flags.items() if v))
with localcontext(ExtendedContext) as c:
    print(Decimal(1) / Decimal(0), Decimal(2).sqrt(), c.prec)
with localcontext() as c:
    c.traps[Inexact] = True
    try:
        Decimal(1) / Decimal(3)
    except Inexact as e:
        print("Inexact trapped", type(e).__mro__[1].__name__)
    print(Decimal(1) / Decimal(4))
with localcontext(Context(Emax=3, prec=3)) as c:
    try:
        Decimal(999) * 10
    except Overflow as e:
        print("Overflow:", type(e).__name__)
print(getcontext().prec, BasicContext.prec, repr(Decimal("-0.00")), Decimal("1.10") == Decimal("1.1"))
print(Decimal("1.23").compare(Decimal("1.230")), Decimal("NaN").is_nan(), Decimal("sNaN").is_snan(), Decimal(0.1))
print(Decimal("12.345").to_integral_value(), Decimal("-7.5").to_integral_value(), Decimal("2").ln().quantize(Decimal("1e-6")))
print(Decimal(10) ** -3, Decimal("2") ** Decimal("0.5"), Decimal(5) % Decimal(-3), Decimal(-5) // Decimal(3))
Decimal(1) / Decimal(0)
