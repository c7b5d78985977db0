class Positive:
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value!r}")
        setattr(obj, self.private, value)

class Order:
    qty = Positive()
    price = Positive()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

    def total(self):
        return self.qty * self.price

o = Order(3, 2.5)
print(o.total(), vars(o))
try:
    o.qty = 0
except ValueError as e:
    print(e)
print(isinstance(Order.qty, Positive), Order.qty.name)
o.__dict__["qty"] = -1
print(o.qty)
try:
    Order(-1, 1)
except ValueError as e:
    print(type(e).__name__, e)
Order(1, -2)
