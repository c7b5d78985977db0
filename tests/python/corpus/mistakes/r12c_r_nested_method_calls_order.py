# An error four calls deep through methods of an order system.
class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty

    def total(self):
        return self.price * self.qty

class Order:
    def __init__(self, items):
        self.items = items

    def subtotal(self):
        return sum(item.total() for item in self.items)

    def with_tax(self, rate):
        return self.subtotal() * (1 + rate)

def report(order):
    print("Order report")
    print(f"total: {order.with_tax(0.2):.2f}")

report(Order([Item("pen", 1.5, 2), Item("book", "12.00", 1)]))
