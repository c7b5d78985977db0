# A table of products with f-string widths, alignment and totals.
items = [("Apple", 3, 0.5), ("Banana", 12, 0.25), ("Cherry", 200, 0.1), ("Durian", 1, 12.99)]
header = f"{'Item':<10}|{'Qty':>5}|{'Price':>8}|{'Total':>9}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in items:
    total = qty * price
    grand += total
    print(f"{name:<10}|{qty:>5}|{price:>8.2f}|{total:>9.2f}")
print("=" * len(header))
print(f"{'TOTAL':<10}|{'':>5}|{'':>8}|{grand:>9.2f}")
print(f"{'centered':^20}|")
print(f"{'pad':*^11}")
print(f"{1234567.891:,.2f} {0.256:.1%} {42:08.3f} {-7:+d} {255:#x} {255:08b}")
