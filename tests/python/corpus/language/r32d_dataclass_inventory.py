# Dataclasses for an inventory: order, field defaults, post_init, asdict and replace
from dataclasses import dataclass, field, asdict, astuple, replace, fields


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_index = self.price * self.qty


stock = [Item("bolt", 0.1, 500, ["metal"]), Item("nut", 0.05, 1000), Item("gear", 12.5, 3)]
for it in sorted(stock, reverse=True):
    print(it)
print(asdict(stock[0]))
print(astuple(stock[2]))
print([f.name for f in fields(Item)], [f.init for f in fields(Item)])
cheap = replace(stock[2], price=1.0)
print(cheap, cheap.sort_index, cheap == stock[2], cheap < stock[2])
print(Item("a", 1, 1) == Item("a", 1, 1, ["x"]))
print(Item.__match_args__)
Item("bad")
