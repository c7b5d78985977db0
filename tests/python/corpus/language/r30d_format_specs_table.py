# A formatted price table: alignment, fill characters, widths, thousands separators, signs
items = [("Coffee", 3.5, 120), ("Sandwich", 7.25, 48), ("Cake slice", 4.0, 1203)]
print(f"{'Item':<12}|{'Price':>8}|{'Sold':>7}|{'Revenue':>12}")
print("-" * 12 + "+" + "-" * 8 + "+" + "-" * 7 + "+" + "-" * 12)
total = 0
for name, price, sold in items:
    rev = price * sold
    total += rev
    print(f"{name:<12}|{price:>8.2f}|{sold:>7,}|{rev:>12,.2f}")
print(f"{'TOTAL':*^12}|{'':8}|{'':7}|{total:>12,.2f}")
print(f"{42:+d} {-42:+d} {42: d} {3.14159:e} {0.000123:g} {1234567:_}")
print(f"{255:#x} {255:#o} {255:#b} {255:08b} {65:c} {0.256:.1%}")
print(f"{'left':.<10}{'right':.>10} {'mid':^9}|")
print("{:>{w}.{p}f}".format(3.14159, w=10, p=3), "{0:{1}}".format("ab", 5) + "|")
print(format(1e20, ","), format(-0.0, ".1f"), format(2.5, ".0f"), format(3.5, ".0f"))
print(f"{'abc':5d}")
