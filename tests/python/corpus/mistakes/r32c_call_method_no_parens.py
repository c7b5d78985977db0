# Forgetting the parentheses on a method call in an arithmetic expression.
class Cart:
    def __init__(self):
        self.items = [3, 4]

    def total(self):
        return sum(self.items)

cart = Cart()
print("total:", cart.total())
print("with tax:", cart.total * 1.2)
