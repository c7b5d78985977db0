# Splitting a bill with Decimal, quantize and different rounding modes
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, getcontext

total = Decimal("100.00")
people = 3
share = total / people
print(share)
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING):
    print(f"{mode:16} {share.quantize(Decimal('0.01'), rounding=mode)}")

cents = share.quantize(Decimal("0.01"), rounding=ROUND_DOWN)
leftover = total - cents * people
print("each", cents, "leftover", leftover)
for x in ["2.675", "2.665", "-2.675"]:
    d = Decimal(x)
    print(x, d.quantize(Decimal("0.01")), d.quantize(Decimal("0.01"), ROUND_HALF_UP))
print(Decimal(2.675))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("1.23456789") + 0)
print(Decimal("1e3").normalize(), Decimal("100").normalize(), Decimal("0.000").normalize())
print(Decimal("3.50").as_tuple())
