# A dataclass with __post_init__ computing a field, field(init=False), and asdict/astuple
from dataclasses import dataclass, field, asdict, astuple, fields


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    total: float = field(init=False)

    def __post_init__(self):
        if self.qty < 0:
            raise ValueError(f"qty must be >= 0, got {self.qty}")
        self.total = round(self.price * self.qty, 2)


@dataclass
class Order:
    id: int
    items: list[Item] = field(default_factory=list)


o = Order(7, [Item("pen", 1.25, 4), Item("pad", 3.5)])
print(o)
print(asdict(o))
print(astuple(o.items[0]))
print([f.name for f in fields(Item)], [f.init for f in fields(Item)])
Item("bad", 1.0, -2)
