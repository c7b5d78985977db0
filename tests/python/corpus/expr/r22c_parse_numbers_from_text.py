# pulling numbers out of messy text with str methods only
lines = ["Total: $1,234.50", "Qty: 12 units", "Discount: -15%", "Temp: −3.5°C", "Ratio 3/4", "Weight: 1.2e3 g", "N/A"]
for line in lines:
    label, _, rest = line.partition(":")
    token = rest.strip().split(" ")[0] if rest else line.split()[-1]
    cleaned = token.strip("$%°C").replace(",", "")
    try:
        value = float(cleaned)
        print(f"{label!r:12} {token!r:12} -> {value!r}")
    except ValueError as e:
        print(f"{label!r:12} {token!r:12} -> ValueError: {e}")
print(float("−3.5".replace("\u2212", "-")), "3/4".split("/"), int("3") / int("4"))
digits = "".join(ch for ch in "Order #A-12-b34" if ch.isdigit())
print(digits, int(digits), [int(tok) for tok in "10, 20,30 , 40".split(",")])
print(sum(float(x) for x in "1.5;2.25;;3".split(";") if x), [s.isdigit() for s in "12 -3 4.0 ٥".split()])
print(int("12 34".replace(" ", "")), "1,234".isnumeric(), "1234".isnumeric())
print(int(" 1 2 "))
