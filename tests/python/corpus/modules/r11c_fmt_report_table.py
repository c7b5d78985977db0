sales = [
    ("North", 12500.5, 0.125),
    ("South", 9800.0, -0.034),
    ("East", 15320.75, 0.2),
    ("West", 400.1, 1.5),
]
header = f"{'Region':<8}{'Revenue':>14}{'Growth':>10}"
print(header)
print("=" * len(header))
for region, revenue, growth in sales:
    print(f"{region:<8}{revenue:>14,.2f}{growth:>+10.1%}")
total = sum(r for _, r, _ in sales)
print("-" * len(header))
print(f"{'Total':<8}{total:>14,.2f}")
print(f"{'Mean':<8}{total / len(sales):>14,.2f}")
print(f"{'Max':<8}{max(sales, key=lambda s: s[1])[0]:>14}")
for i, (region, *_ ) in enumerate(sales, 1):
    print(f"{i:02d}. {region.upper():_^12}")
print(f"{1234.5:_>14,.1f}", f"{0.5:>8.0%}", f"{-1234:08,}")
