n = 1234567
for spec in ["", "d", ",", "_", "10", "<10", "^10", ">10", "+", " ", "-", "010", "+010",
             "=+12", "*^15,", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "_b", "#_x", "08b",
             "c", "n", "e", ".2e", "%", ".1%", "f", ",.2f", "g"]:
    print(f"{spec!r:>8} -> [{n:{spec}}]" if spec != "c" else f"{spec!r:>8} -> [{65:c}]")
print(f"{-42:05d}", f"{-42:=+8}", f"{42:+}", f"{-0:d}", f"{True:d}", f"{True}")
print(format(255, "#010x"), format(-255, "#x"), format(2**70, ","))
try:
    format(5, ".2d")
except ValueError as e:
    print(e)
try:
    format(5, "s")
except ValueError as e:
    print(e)
try:
    format(5, ",_")
except ValueError as e:
    print(e)
format(1.5, "d")
