from decimal import Decimal, getcontext, DivisionByZero, InvalidOperation

ctx = getcontext()
print(ctx)
for a, b in [("1", "0"), ("0", "0")]:
    try:
        print(Decimal(a) / Decimal(b))
    except (DivisionByZero, InvalidOperation) as e:
        print(type(e).__name__)
print(ctx.flags[DivisionByZero], ctx.flags[InvalidOperation])
print(ctx)
ctx.clear_flags()
print(ctx)
