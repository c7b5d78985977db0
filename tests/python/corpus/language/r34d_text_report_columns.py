# A sales report with aligned columns, thousands separators, percentages and a totals row
sales = [("North", 1234567.891, 0.1234), ("South", 98765.4, -0.05), ("East", 0, 0.0), ("West-Central", 45000.5, 1.5)]
header = f"{'Region':<12} {'Revenue':>15} {'Growth':>8}"
print(header)
print("=" * len(header))
for region, revenue, growth in sales:
    flag = "▲" if growth > 0 else "▼" if growth < 0 else "·"
    print(f"{region:<12.10} {revenue:>15,.2f} {growth:>+7.1%}{flag}")
total = sum(r for _, r, _ in sales)
print("-" * len(header))
print(f"{'TOTAL':<12} {total:>15,.2f}")
print(f"{'Share':<12}", " ".join(f"{r / total:6.1%}" for _, r, _ in sales))
print("{:^{w}}".format(" end of report ", w=len(header)).replace(" ", "*", 3))
print("%-12s|%10.3e|%5d%%" % ("sci", total, 42))
