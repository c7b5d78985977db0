class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {value!r}")
        setattr(obj, self.storage, value)

class Product:
    name = Typed(str)
    price = Typed(float)
    qty = Typed(int)
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    def total(self):
        return self.price * self.qty

p = Product("pen", 1.25, 4)
print(p.name, p.total())
print(Product.price.name, Product.qty.storage)
print(sorted(k for k in vars(p)))
for attr, v in [("qty", 2.5), ("price", 3), ("name", "ink")]:
    try:
        setattr(p, attr, v)
        print("ok", attr, getattr(p, attr))
    except TypeError as e:
        print(e)
p.__dict__["qty"] = "shadow?"
print(p.qty)
q = Product("x", 1.0, "many")
