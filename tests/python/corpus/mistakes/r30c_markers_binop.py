# A binary operation error in a long expression shows ~~~ and ^ markers.
def price_with_tax(price, rate):
    return price + price * rate

items = {"book": 12.5, "pen": "1.5"}
for name, p in items.items():
    print(name, round(price_with_tax(p, 0.2), 2))
