# Printing a shop receipt: str.ljust/rjust/center against format specs, with a Decimal total and tax lines
from decimal import Decimal, ROUND_HALF_UP

items = [("Coffee beans 1kg", 1, "18.90"), ("Oat milk", 3, "2.15"), ("Croissant", 2, "1.80"), ("Ünïcödé tea", 1, "4.00")]
W = 38
print("THE CORNER SHOP".center(W, "="))
print("Receipt #000123".center(W))
total = Decimal(0)
for name, qty, price in items:
    line = Decimal(price) * qty
    total += line
    left = f"{qty} x {name}"
    print(left.ljust(W - 10, ".") + f"{line:>10.2f}")
tax = (total * Decimal("0.21") / Decimal("1.21")).quantize(Decimal("0.01"), ROUND_HALF_UP)
print("-" * W)
for label, amount in [("TOTAL", total), ("incl. VAT 21%", tax), ("net", total - tax)]:
    print(f"{label:<{W - 12}}{amount:>12,.2f}")
print("Thank you!".rjust(W), "|", "%-10s|%10s|" % ("ab", "cd"), "{:^6}|".format("mid"))
print(f"{'€':>3}{total}", str(total).zfill(10), format(total, "015.3f"), f"{total:+}")
