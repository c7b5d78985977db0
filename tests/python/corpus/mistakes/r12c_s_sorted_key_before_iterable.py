# sorted with the key given before the list.
results = [("B", 2), ("A", 3), ("C", 1)]
for name, value in sorted(key=lambda r: r[1], results):
    print("-" * 8)
    print(name, value)
