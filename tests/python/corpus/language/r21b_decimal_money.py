# tutorial 11.8: decimal floating point arithmetic
from decimal import Decimal, getcontext, ROUND_HALF_UP
print(round(Decimal('0.70') * Decimal('1.05'), 2))
print(round(.70 * 1.05, 2))
print(Decimal('1.00') % Decimal('.10'))
print(1.00 % 0.10)
print(sum([Decimal('0.1')]*10) == Decimal('1.0'))
print(0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 == 1.0)
getcontext().prec = 36
print(Decimal(1) / Decimal(7))
getcontext().prec = 28
print(Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_HALF_UP), Decimal('7.325').quantize(Decimal('.01')))
print(Decimal(0.1), Decimal('3.14'), Decimal(10), repr(Decimal('1.50')), Decimal('1.50') + 1)
print(Decimal('2').sqrt(), Decimal('1e3'), Decimal('-0'), Decimal('NaN'), Decimal('100').normalize())
print(Decimal('1.1') + Decimal('2.2'), 1.1 + 2.2, Decimal('3') / Decimal('4'), Decimal(1) / 3)
print(Decimal('1.5') + 1.5)
