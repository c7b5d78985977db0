# Prices typed by hand, some with a comma, some with a currency sign.
lines = ["3.50", "12", " 7.25 ", "4,99", "$2.00", "", "1e3", "nan", "inf", "-0.0", "1_000.5", "0x10"]
total = 0.0
for raw in lines:
    try:
        value = float(raw)
    except ValueError as e:
        print("skip", repr(raw), "->", e)
        continue
    total += value if value == value and value != float("inf") else 0
    print("ok", repr(raw), value)
print("total", total)
