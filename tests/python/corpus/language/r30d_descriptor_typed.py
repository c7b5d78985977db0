# A typed-field descriptor with __set_name__, used for validated model attributes
class Typed:
    def __init__(self, kind, minimum=None):
        self.kind, self.minimum = kind, minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        setattr(obj, self.private, value)


class Product:
    name = Typed(str)
    price = Typed(float, minimum=0.0)
    qty = Typed(int, 0)

    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty


p = Product("pen", 1.5, 10)
print(p.name, p.price, p.qty, vars(p))
print(Product.price.name, type(Product.qty).__name__)
for bad in [("qty", -1), ("price", "cheap"), ("name", None)]:
    try:
        setattr(p, *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
Product("x", 2, 1)
