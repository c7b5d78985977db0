from dataclasses import dataclass, field


@dataclass
class Order:
    sku: str
    qty: int
    price: float
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if self.qty <= 0:
            raise ValueError(f"qty must be positive, got {self.qty}")
        self.total = self.qty * self.price


rows = [("A-1", 2, 3.5), ("B-2", 1, 10.0), ("C-3", 0, 1.0)]
orders = []
for row in rows:
    orders.append(Order(*row))
    print("loaded", orders[-1].sku, orders[-1].total)
