# Validating dataclass fields from their metadata, with InitVar, ClassVar and replace().
from dataclasses import dataclass, field, fields, InitVar, replace, astuple, make_dataclass, is_dataclass
from typing import ClassVar

@dataclass
class Product:
    name: str = field(metadata={"max_len": 8})
    price: float = field(default=0.0, metadata={"min": 0})
    qty: int = field(default=1, metadata={"min": 1}, repr=False)
    discount: InitVar[float] = 0.0
    currency: ClassVar[str] = "EUR"

    def __post_init__(self, discount):
        self.price = round(self.price * (1 - discount), 2)
        for f in fields(self):
            v = getattr(self, f.name)
            if "max_len" in f.metadata and len(v) > f.metadata["max_len"]:
                raise ValueError(f"{f.name} too long: {v!r}")
            if "min" in f.metadata and v < f.metadata["min"]:
                raise ValueError(f"{f.name} below {f.metadata['min']}: {v}")

p = Product("lamp", 20.0, discount=0.25)
print(p, p.qty, Product.currency)
print([f.name for f in fields(Product)], fields(p)[0].metadata)
print(type(fields(p)[0].metadata).__name__)
print(replace(p, qty=5), replace(p, price=9.5, discount=0.5))
print(astuple(p), "discount" in Product.__dataclass_fields__, "currency" in Product.__dataclass_fields__)
for kwargs in ({"name": "extralongname"}, {"name": "x", "qty": 0}):
    try:
        Product(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
Point = make_dataclass("Point", [("x", int), ("y", int, field(default=0))], frozen=True)
print(Point(1), is_dataclass(Point), is_dataclass(Point(1)), is_dataclass(int))
try:
    replace(p, currency="USD")
except TypeError as e:
    print("TypeError:", e)
print(Product.__init__.__annotations__ if False else list(Product.__dataclass_fields__))
