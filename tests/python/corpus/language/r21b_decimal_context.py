# decimal: localcontext, the context repr, quantize, as_tuple, formatting, InvalidOperation
from decimal import Decimal, localcontext, InvalidOperation, getcontext
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3))
print(getcontext())
print(Decimal('1.23456').quantize(Decimal('1.00')), Decimal(2) ** Decimal('0.5'), Decimal('10').ln())
print(Decimal('123.456').as_tuple(), Decimal('5').compare(Decimal('3')), Decimal(3).max(Decimal(9)))
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.1'):e}", f"{Decimal('12'):08.3f}")
try:
    Decimal('abc')
except InvalidOperation as e:
    print(type(e).__name__, e)
Decimal('abc')
