# A reusable validating descriptor with __set_name__, used for a Product's fields
class Positive:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)) or value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value!r}")
        setattr(obj, self.private, value)


class Product:
    price = Positive()
    weight = Positive()

    def __init__(self, name, price, weight):
        self.name, self.price, self.weight = name, price, weight


p = Product("lamp", 19.99, 1.5)
print(p.price, p.weight, vars(p), Product.price.public, type(Product.__dict__["price"]).__name__)
for bad in [0, -2, "7"]:
    try:
        p.price = bad
    except ValueError as e:
        print(e)
p.__dict__["price"] = 123
print(p.price, p.__dict__["price"])
Product("x", 1, None)
