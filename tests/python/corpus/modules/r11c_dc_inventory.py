from dataclasses import dataclass, field, asdict
import json

@dataclass(order=True)
class Product:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    stock: int = 0
    def __post_init__(self):
        self.sort_index = self.price

@dataclass
class Inventory:
    products: list[Product] = field(default_factory=list)
    def add(self, *args, **kw):
        self.products.append(Product(*args, **kw))
    def value(self):
        return sum(p.price * p.stock for p in self.products)

inv = Inventory()
inv.add("widget", 2.5, 10)
inv.add("gadget", 12.0, 3)
inv.add("doohickey", 0.75, stock=100)
for p in sorted(inv.products):
    print(p)
print(f"{inv.value():.2f}")
print(json.dumps(asdict(inv), indent=1)[:120])
print(Product.__annotations__)
