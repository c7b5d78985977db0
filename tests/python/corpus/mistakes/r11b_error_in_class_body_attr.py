# A class body that uses a name defined later in the same body.
class Shop:
    currency = "EUR"
    prices = {"tea": 2.5, "cake": 4.0}
    menu = [f"{name}: {p} {currency}" for name, p in prices.items()]

print(Shop.menu)
