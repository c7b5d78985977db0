# A tour of format-spec corners: fill, sign, #, grouping, precision, types
n = 1234567.891
i = 48879
print(f"[{n:*^20,.2f}]")
print(f"[{n:=+15,.1f}] [{-n:=15.0f}]")
print(f"[{i:#x}] [{i:#X}] [{i:#o}] [{i:#b}] [{i:_x}] [{i:,d}]")
print(f"[{0.00012345:.3e}] [{12345.678:.3g}] [{0.5:%}] [{0.125:.1%}]")
print(f"[{'left':<8}|{'mid':^8}|{'right':>8}]")
print(f"[{42:08d}] [{-42:08d}] [{42: d}] [{-42: d}]")
print(f"[{3.14159:10.3}] [{'truncate me':.5}] [{'x':3}] [{7:3}]")
print(f"[{1e100:g}] [{1e-5:g}] [{123456789.0:g}] [{0.0001:g}]")
print(f"[{float('inf'):+.2f}] [{float('nan'):^8}] [{-0.0:.1f}] [{-0.0:z.1f}]" if False else f"[{float('inf'):+.2f}] [{float('nan'):^8}] [{-0.0:.1f}]")
print(format(True, "d"), format(True, ">5"), format(True), f"{True!r:>6}")
print("{:{fill}{align}{width}}".format("nest", fill="~", align="^", width=10))
print(f"{'%':>{3 + 2}}|{12:{'x'}}")
for spec in ["05", "+", ",", ".2f", "c"]:
    print(spec, repr(format(65, spec)))
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    format("s", ",")
except ValueError as e:
    print(e)
