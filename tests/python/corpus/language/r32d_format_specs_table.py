# Printing an aligned table with format specs: widths, fill, sign, thousands and percents
rows = [("apples", 1234.5, 0.125), ("kiwis", -7.25, 0.5), ("figs", 1000000, 1.0)]
print(f"{'item':<10}|{'amount':>14}|{'share':^9}|")
print("-" * 36)
for name, amount, share in rows:
    print(f"{name:<10}|{amount:>+14,.2f}|{share:^9.1%}|")
print(f"{'x':*^11}", f"{42:#x}", f"{42:#o}", f"{42:#b}", f"{255:08b}", f"{3.5:e}")
print(f"{1e-7:g}", f"{123456789:g}", f"{0.000123:.2e}", f"{1234567:_d}", f"{-0.0:+.1f}")
print("{:>{w}.{p}f}|".format(3.14159, w=10, p=3), "{0:{1}}|".format("ab", 5))
print(format(12, "=+6"), format("é", "-^5"), format(5, "c"), format(True, "d"))
print(f"{float('inf'):10}|{float('nan'):<6}|", f"{2**70:,}")
print(f"{3:{'>'}{5}}", f"{'left':{'<'}8}|")
print("{:d}".format(2.5))
