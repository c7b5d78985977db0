# Printing a Decimal context's flags and traps after some operations, then clearing them.
import decimal
from decimal import Decimal, getcontext, Inexact, Rounded

ctx = getcontext()
print(ctx.flags)
Decimal(1) / Decimal(3)
print({k.__name__: v for k, v in ctx.flags.items() if v})
print(ctx.flags[Inexact], ctx.flags[Rounded], type(ctx.flags).__name__)
print(ctx.traps)
ctx.clear_flags()
print(any(ctx.flags.values()), decimal.__version__, decimal.__libmpdec_version__)
print(decimal.DefaultContext)
print(decimal.BasicContext)
print(decimal.ExtendedContext)
