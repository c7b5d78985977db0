# A shopping cart in Decimal: exact cents, tax rounded half up with quantize, and a receipt table.
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")
cart = [("notebook", Decimal("2.99"), 3), ("pen", Decimal("0.45"), 10), ("bag", Decimal("24.50"), 1)]
subtotal = Decimal("0")
for name, price, qty in cart:
    line = price * qty
    subtotal += line
    print(f"{name:<10}{qty:>3} x {price:>6} = {line:>7}")
tax = (subtotal * Decimal("0.0825")).quantize(CENT, rounding=ROUND_HALF_UP)
total = subtotal + tax
print(f"{'subtotal':<22}{subtotal:>9}")
print(f"{'tax 8.25%':<22}{tax:>9}")
print(f"{'total':<22}{total:>9}")
print(sum([0.1] * 3), sum([Decimal("0.1")] * 3), Decimal(0.1))
split = (total / 3).quantize(CENT)
print("each of 3 pays", split, "remainder", total - split * 3)
print(repr(total), str(total), float(total), int(total), total.as_tuple())
print(f"{total:,.2f} {total:.1f} {total:e} {Decimal('1234567.891'):,}")
