# decimal for money: quantize with ROUND_HALF_UP, localcontext precision, and the InvalidOperation
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, localcontext, InvalidOperation

prices = [Decimal('19.995'), Decimal('0.125'), Decimal('2.675')]
for p in prices:
    print(p, p.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), p.quantize(Decimal('0.01'), rounding=ROUND_HALF_EVEN))
total = sum(prices, Decimal('0'))
print(total, total * 3, total / 3)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal('123456.789') + 0)
print(Decimal(1) / Decimal(7))
print(Decimal('1.30').normalize(), Decimal('-0.00'), Decimal('1e3').to_integral(), f'{Decimal("1234.5"):,.2f}')
try:
    Decimal('abc')
except InvalidOperation as e:
    print('InvalidOperation', type(e).__mro__[1].__name__)
print(Decimal('0.1') + 0.2)
