# A shop item whose price is a validated property, with a deleter that resets it.
class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    @property
    def price(self):
        """The price in cents."""
        return self._price

    @price.setter
    def price(self, value):
        if not isinstance(value, int):
            raise TypeError(f"price must be int, not {type(value).__name__}")
        if value < 0:
            raise ValueError("price must be >= 0")
        self._price = value

    @price.deleter
    def price(self):
        print(f"resetting {self.name}")
        self._price = 0

pen = Item("pen", 150)
print(pen.price, Item.price.__doc__)
del pen.price
print(pen.price)
for bad in (2.5, -3, "10"):
    try:
        pen.price = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(Item.price).__name__, Item.price.fget.__name__)
print(hasattr(Item.price, "fset"), Item.price.fdel is not None)
pen.price = 3.0
