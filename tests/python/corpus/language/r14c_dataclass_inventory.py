# A dataclass inventory: defaults, field(default_factory), ordering and asdict.
from dataclasses import dataclass, field, asdict

@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    qty: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)

    @property
    def value(self):
        return self.price * self.qty

stock = [Item(2.5, "pen", 10), Item(0.99, "eraser", 3, ["school"]), Item(12.0, "book", 2), Item(2.5, "pencil", 4)]
for it in sorted(stock):
    print(it)
print(sum(i.value for i in stock))
print(asdict(stock[1]))
print(Item(1, "a") == Item(1, "b"), Item(1, "a", 1) < Item(1, "a", 2))
stock[0].tags.append("office")
print(stock[0].tags, stock[2].tags)
cheap = [i.name for i in stock if i.price < 3]
print(cheap)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
