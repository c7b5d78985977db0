from dataclasses import dataclass, field, fields, MISSING

@dataclass
class Order:
    customer: str
    items: list = field(default_factory=list)
    discount: float = 0.0
    note: str = field(default="", repr=False)
    _id: int = field(default=0, compare=False)

o1 = Order("ann")
o2 = Order("ann", ["tea"], note="rush", _id=7)
o1.items.append("cake")
print(o1)
print(o2)
print(o1 == Order("ann", ["cake"], _id=99))
print(Order("bob").items is Order("bob").items)
for f in fields(Order):
    print(f.name, f.type.__name__, f.default is MISSING, f.default_factory is not MISSING, f.repr, f.compare)
print(Order.__init__.__doc__)
print(Order.discount)
try:
    @dataclass
    class Bad:
        tags: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
Order()
