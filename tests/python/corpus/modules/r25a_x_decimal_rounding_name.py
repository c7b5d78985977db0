from decimal import Decimal, ROUND_HALF_UP

price = Decimal("2.345")
print(price.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(repr(ROUND_HALF_UP))
print(price.quantize(Decimal("0.01"), rounding="ROUND_HALF_UP"))
print(price.quantize(Decimal("0.01"), rounding="half_up"))
