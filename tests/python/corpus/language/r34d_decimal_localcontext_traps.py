# Decimal contexts: localcontext for precision, traps for division and inexact results, flags
from decimal import Decimal, localcontext, getcontext, DivisionByZero, Inexact, InvalidOperation, ROUND_FLOOR

x = Decimal(2)
print(x.sqrt())
with localcontext() as ctx:
    ctx.prec = 50
    print(x.sqrt())
with localcontext(prec=5, rounding=ROUND_FLOOR):
    print(Decimal(1) / 3, Decimal(-1) / 3)
print(getcontext().prec, Decimal(1) / 3)
try:
    Decimal(1) / 0
except DivisionByZero as e:
    print("DivisionByZero:", type(e).__mro__[1].__name__)
ctx = getcontext()
ctx.traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0)
ctx.clear_flags()
r = Decimal(10) / 3
print(ctx.flags[Inexact], ctx.flags[DivisionByZero])
ctx.traps[Inexact] = True
try:
    Decimal(10) / 3
except Inexact:
    print("Inexact trapped")
print(Decimal(10) / 4)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", e.args[0][0].__name__ if e.args and isinstance(e.args[0], list) else "")
print(Decimal("0") / Decimal("0") if not ctx.traps[InvalidOperation] else "0/0 traps")
