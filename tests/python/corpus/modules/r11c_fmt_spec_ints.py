n = 1234567
for spec in ["d", ",d", "_d", "+d", " d", "10d", "<10d", "^10d", ">10d", "*^12,d", "010d", "=+12d", "x", "X", "#x", "#o", "#b", "_b", "#_x", "08b", "c", "n", "e", ".2e", "%", ".0%", "g"]:
    try:
        print(f"{spec!r:>10} [{format(n if spec != 'c' else 9731, spec)}]")
    except ValueError as e:
        print(f"{spec!r:>10} ValueError: {e}")
print(format(-42, "=8"), format(-42, "08"), format(-42, "+"), format(42, "-"))
print(format(255, "#010x"), format(255, "#X"), format(-255, "#x"))
print(format(True, "d"), format(False, "^5"), format(True, "x"))
print(f"{10**20:,}", f"{-(10**15):_}")
for bad in [",x", "_c", ".2d", ",c", "z"]:
    try:
        format(5, bad)
    except ValueError as e:
        print(bad, "->", e)
