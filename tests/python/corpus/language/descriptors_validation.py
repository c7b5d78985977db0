class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("deleting", self.public)
        delattr(obj, self.private)

class Order:
    qty = Positive()
    price = Positive()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

    @property
    def total(self):
        return self.qty * self.price

o = Order(3, 10)
print(o.qty, o.price, o.total, sorted(vars(o)))
print(type(Order.qty).__name__, Order.qty.public)
try:
    o.qty = -1
except ValueError as e:
    print("ValueError:", e)
del o.price
print(sorted(vars(o)))
Order(0, 1)
