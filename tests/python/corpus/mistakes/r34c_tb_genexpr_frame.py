# Summing prices with a generator expression when one price is missing
cart = [
    {"item": "pen", "price": 1.5},
    {"item": "book", "price": 12.0},
    {"item": "bag"},
]
total = sum(entry["price"] for entry in cart)
print(f"total: {total:.2f}")
