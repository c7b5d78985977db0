from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext

price = Decimal("19.99")
qty = 3
subtotal = price * qty
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
total = subtotal + tax
print(subtotal, tax, total)
print(f"${total:,.2f}", f"{total:>10}")
print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"), Decimal(0.1))
print(Decimal("2.675").quantize(Decimal("0.01")), round(2.675, 2))
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("7.999").quantize(Decimal("1."), rounding=ROUND_DOWN))
print(Decimal(1) / Decimal(3))
getcontext().prec = 6
print(Decimal(1) / Decimal(7))
print(repr(Decimal("1.50")), Decimal("1.50") == Decimal("1.5"), Decimal("1.50").normalize())
print(sum([Decimal("0.10")] * 3), Decimal("10") ** 2, -Decimal("3.0"), abs(Decimal("-2")))
print(Decimal("100") / 8, Decimal("5") // 2, Decimal("-7") % 3, divmod(Decimal("7"), 2))
print(int(Decimal("9.9")), float(Decimal("0.5")), Decimal(3) < 3.5)
split = Decimal("100") / 3
print(split, split.quantize(Decimal("0.01")) * 3)
