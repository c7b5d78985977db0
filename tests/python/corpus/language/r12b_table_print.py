rows = [
    ("Widget", 4, 3.5),
    ("Gadget extra long name", 12, 0.125),
    ("Thing", 1000, 1234.5),
]
header = ("Item", "Qty", "Price", "Total")
w = max(len(r[0]) for r in rows)
print(f"{header[0]:<{w}} | {header[1]:>5} | {header[2]:>9} | {header[3]:>11}")
print("-" * (w + 35))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<{w}} | {qty:>5d} | {price:>9.2f} | {total:>11,.2f}")
print("=" * (w + 35))
print(f"{'TOTAL':<{w}} | {'':>5} | {'':>9} | {grand:>11,.2f}")
print()
for i in range(1, 6):
    print(" ".join(f"{i * j:3}" for j in range(1, 6)))
print(f"{'centered':^{w + 35}}|")
pct = [0.5, 0.333333, 1.0, 0.0049]
print(" ".join(f"{p:6.1%}" for p in pct))
print(f"{rows[3]}")
