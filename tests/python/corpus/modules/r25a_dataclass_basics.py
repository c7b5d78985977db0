from dataclasses import dataclass, field, asdict, astuple, replace, fields

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False, compare=False)

a = Item("pen", 1.5)
b = Item("pen", 1.5, secret="y")
print(a)
print(a == b)
print(asdict(a))
print(astuple(a))
c = replace(a, qty=3)
print(c, a.qty)
a.tags.append("office")
print(a.tags, c.tags, Item("x", 1).tags)
print([f.name for f in fields(Item)])
print(Item.__dataclass_fields__["qty"].default)

@dataclass
class Order:
    items: list[Item]
    note: str = ""

o = Order([Item("a", 1), Item("b", 2, 2)])
print(asdict(o))
print(sum(i.price * i.qty for i in o.items))
