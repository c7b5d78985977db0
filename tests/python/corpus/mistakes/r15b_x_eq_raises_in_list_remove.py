# Mistake: __eq__ assumes the other object has .id; list.remove and `in` call it on a plain int.
class Order:
    def __init__(self, id):
        self.id = id
    def __eq__(self, other):
        return self.id == other.id
    def __repr__(self):
        return f"Order({self.id})"

orders = [Order(1), Order(2)]
orders.remove(Order(1))
print(orders)
print(Order(2) in orders)
orders.remove(2)
