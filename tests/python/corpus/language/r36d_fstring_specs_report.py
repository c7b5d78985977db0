# A sales report exercising format specs: fill, align, sign, grouping, percent, nested widths.
sales = [("north", 1234567.891, 0.1234), ("south", -9876.5, -0.05), ("east", 0, 1.0)]
w = 10
print(f"{'region':<{w}}|{'amount':>15}|{'change':^9}|")
print(f"{'':-<{w}}+{'':->15}+{'':-^9}+")
for name, amount, change in sales:
    print(f"{name.title():<{w}}|{amount:>15,.2f}|{change:^+9.1%}|")
n = 255
print(f"{n:b} {n:#b} {n:o} {n:#o} {n:x} {n:#X} {n:08b} {n:_b}")
print(f"{1e6:_}", f"{1234567:_d}", f"{0.000123:g}", f"{123456789.0:g}", f"{1e-7:.2g}")
print(f"{3.14159:=+10.3f}", f"{-42:=8}", f"{42:*^9}", f"{'x':>0}")
print(f"{n=}", f"{n * 2 = }", f"{sales[0][0]!r:>10}", f"{'tab'!s:.2}")
val = 2 / 3
print(f"{val:.{3}f}", f"{val:{'>'}{12}.{4}e}", f"{val:%}")
print(f"{{literal}} {n:{'d'}}")
print(format(1234.5, ",.1f"), format("left", "-<8"), format(True, ">6"), format(True, "d"))
print(f"{-0.0:.1f}", f"{float('inf'):>6}", f"{float('nan'):+}", f"{12:c}{0x263A:c}")
print(f"{12345.6789:.3e}", f"{-1.5:e}", f"{100:.0%}", f"{0.5:.0f} {1.5:.0f} {2.5:.0f}")
try:
    f"{'abc':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{3.5:,d}"
except ValueError as e:
    print("ValueError:", e)
