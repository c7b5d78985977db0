from decimal import Decimal, getcontext, ROUND_HALF_UP

print(Decimal("0.1") + Decimal("0.2"))
print(Decimal(0.1))
price = Decimal("19.99")
qty = 3
total = price * qty
print(total, repr(total))
print(total.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.665").quantize(Decimal("0.01")))
getcontext().prec = 6
print(Decimal(1) / Decimal(7))
print(Decimal("10") / 4, Decimal("1.30") + Decimal("1.20"), Decimal("-0"))
print(sum([Decimal("0.1")] * 10) == Decimal("1.0"))
