# Formatting None with a numeric format spec.
def discount(price):
    if price > 10:
        return price * 0.9

for p in (20, 5):
    print(f"{p}: {discount(p):.2f}")
