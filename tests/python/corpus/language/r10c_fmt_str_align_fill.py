title = "Report"
print(f"{title:=^20}")
print(f"{title:*<12}|{title:->12}|{title:^11}|")
print(f"{'x':^4}|{'xy':^5}|{'abc':^2}|")
print(f"{'truncate me':.5}|{'pad':10.2}|")
print("{:>{w}}".format("right", w=9))
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=11))
width, prec = 12, 3
print(f"{3.14159:{width}.{prec}f}|")
print(f"{'n':{'>'}{5}}")
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 100, 1.125)]
print(f"{'item':<8}{'qty':>5}{'price':>8}")
for name, qty, price in rows:
    print(f"{name:<8}{qty:>5}{price:>8.2f}")
print(f"{'total':<8}{sum(q for _, q, _ in rows):>5}{sum(q * p for _, q, p in rows):>8.2f}")
print(f"{'é':^5}|{'日本':>4}|")
print(format("abc", "s"), format("abc", ""), str.format("{!r:^9}", "q"))
try:
    f"{'abc':=^10}"
except ValueError as e:
    print(e)
try:
    f"{'abc':+}"
except ValueError as e:
    print(e)
print(f"{'abc':,}")
