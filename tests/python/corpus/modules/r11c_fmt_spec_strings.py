s = "python"
for spec in ["", "10", "<10", ">10", "^10", "*^11", "-<9", ".3", "10.2", ">8.4", "_^10"]:
    print(f"{spec!r:>7} [{s:{spec}}]")
rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("kiwi", 12.0, 100)]
print(f"{'item':<10}|{'price':>8}|{'qty':^5}|")
print("-" * 26)
for name, price, qty in rows:
    print(f"{name:<10}|{price:>8.2f}|{qty:^5}|")
print(f"{'total':.<18}{sum(p * q for _, p, q in rows):.>8.2f}")
for bad in ["d", "+", ",", "=10", "#"]:
    try:
        format("x", bad)
    except ValueError as e:
        print(bad, "->", e)
print(format("é", "^5"), len(format("", "5")))
print("{:>{w}}|{:<{w}}".format("a", "b", w=4))
