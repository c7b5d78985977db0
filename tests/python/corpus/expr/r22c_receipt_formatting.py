# printing a shop receipt with aligned columns
items = [("Coffee beans 1kg", 2, 14.99), ("Milk", 3, 0.89), ("Croissant", 6, 1.2), ("Gift card", 1, 50)]
width = 40
print("RECEIPT".center(width, "="))
subtotal = 0
for name, qty, price in items:
    line_total = qty * price
    subtotal += line_total
    print(f"{name[:18]:<18}{qty:>4} x{price:>7.2f}{line_total:>9.2f}")
tax = subtotal * 0.075
print("-" * width)
print(f"{'Subtotal':<30}{subtotal:>10.2f}")
print(f"{'Tax (7.5%)':<30}{tax:>10.2f}")
print(f"{'TOTAL':<30}{subtotal + tax:>10,.2f}")
print("=" * width)
print(repr(subtotal), round(subtotal, 2), f"{subtotal:.20f}")
paid = 100
change = paid - (subtotal + tax)
coins = {}
cents = round(change * 100)
for value in [2000, 1000, 500, 200, 100, 25, 10, 5, 1]:
    coins[value], cents = divmod(cents, value)
print(f"change {change:.2f}:", {f"{v / 100:.2f}": n for v, n in coins.items() if n})
