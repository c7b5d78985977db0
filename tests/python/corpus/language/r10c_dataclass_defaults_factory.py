from dataclasses import dataclass, field, fields

@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False, default=0)
    secret: str = field(default="x", compare=False)

    def add(self, item, n=1):
        self.items.append(item)
        self.total += n

i1 = Inventory("ann")
i2 = Inventory("bob")
i1.add("apple", 3)
print(i1, i2)
print(i1 == Inventory("ann", ["apple"]), Inventory("a", secret="1") == Inventory("a", secret="2"))
print([f.name for f in fields(Inventory)])
print([(f.name, f.init, f.repr) for f in fields(i1)])
try:
    Inventory("c", [], {}, 5)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
Inventory()
