# Dataclass-based order system: frozen products, slots, kw_only, InitVar, compare=False
from dataclasses import dataclass, field, InitVar, fields, astuple, FrozenInstanceError
from decimal import Decimal

@dataclass(frozen=True, order=True)
class Product:
    sku: str
    name: str = field(compare=False)
    price: Decimal = field(compare=False, repr=False)

@dataclass(slots=True)
class Line:
    product: Product
    qty: int = 1
    @property
    def total(self) -> Decimal:
        return self.product.price * self.qty

@dataclass(kw_only=True)
class Order:
    customer: str
    lines: list[Line] = field(default_factory=list)
    discount_pct: InitVar[int] = 0
    discount: Decimal = field(init=False, default=Decimal("0"))
    def __post_init__(self, discount_pct):
        self.discount = Decimal(discount_pct) / 100
    def add(self, product, qty=1):
        for l in self.lines:
            if l.product == product:
                l.qty += qty
                return self
        self.lines.append(Line(product, qty))
        return self
    def total(self):
        sub = sum((l.total for l in self.lines), Decimal("0"))
        return (sub * (1 - self.discount)).quantize(Decimal("0.01"))

pen = Product("P-1", "Pen", Decimal("1.20"))
book = Product("B-7", "Book", Decimal("12.50"))
pen2 = Product("P-1", "Pen (blue)", Decimal("9.99"))
print(pen, pen == pen2, sorted([pen, book]), hash(pen) == hash(pen2))
o = Order(customer="ann", discount_pct=10).add(pen, 3).add(book).add(pen2, 2)
for l in o.lines:
    print(f"{l.product.name:<6} x{l.qty} = {l.total}")
print("total:", o.total(), "discount:", o.discount)
print(o)
print([f.name for f in fields(Order)], astuple(Line(pen, 2)))
print(Line(pen) == Line(pen, 1), Line.__slots__, hasattr(Line(pen), "__dict__"))
try:
    pen.price = Decimal(0)
except FrozenInstanceError as e:
    print("frozen:", e)
try:
    Order("bob")
except TypeError as e:
    print(e)
Line(pen, 2, 3)
