from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    price: float = 0.0

@dataclass(repr=False, eq=False)
class Plain:
    v: int

@dataclass
class Cart:
    items: list[Item] = field(default_factory=list)
    note: "str | None" = None

    def total(self):
        return sum(i.price for i in self.items)

cart = Cart([Item("pen", 1.5), Item("book", 12.25)])
print(cart)
print(f"{cart.total():.2f}")
print(Plain(1) == Plain(1))
print(repr(Plain(1))[:24])
print(Item("a") == Item("a", 0), Item("a") != Item("b"))
print(Item.__annotations__)
print(Cart.__annotations__)
print(Item.__hash__)
print(Cart(note="x") == Cart([], "x"))
hash(Item("x"))
