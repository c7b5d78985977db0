# sorting products by price; one price is missing
products = [
    {"name": "pen", "price": 1.5},
    {"name": "book", "price": 12.0},
    {"name": "bag"},
]
for p in sorted(products, key=lambda p: p["price"]):
    print(p["name"])
