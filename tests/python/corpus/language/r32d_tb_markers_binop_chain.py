# Where the ^^^ markers land: a None in the middle of arithmetic inside a helper called from a loop
def price_with_tax(item):
    return item["price"] * item["qty"] + item["price"] * item["qty"] * item["tax"]


cart = [
    {"price": 2.0, "qty": 3, "tax": 0.2},
    {"price": 5.0, "qty": 1, "tax": 0.1},
    {"price": 1.5, "qty": None, "tax": 0.2},
]
for item in cart:
    print(f"{price_with_tax(item):.2f}")
