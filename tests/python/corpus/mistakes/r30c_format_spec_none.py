# Formatting a table where one value is None.
# (kept short on purpose: the mistake is the point)
rows = [("tea", 2.5), ("cake", None), ("jam", 3.0)]
for name, price in rows:
    print(f"{name:<6}|{price:>6.2f}")
