from decimal import Decimal

cart = [("book", Decimal("12.99"), 2), ("pen", Decimal("1.50"), 3)]
subtotal = sum(price * qty for _, price, qty in cart)
print("subtotal", subtotal)
shipping = 4.99
total = subtotal + shipping
print("total", total)
