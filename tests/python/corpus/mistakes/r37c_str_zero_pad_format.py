# lining up names in a table with zero padding like I do for numbers
rows = [("ann", 3), ("bob", 12)]
for name, n in rows:
    print(f"{n:03} items")
for name, n in rows:
    print(f"{name:05} | {n}")
