from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    @property
    def total(self):
        return self.price * self.qty

a = Item("apple", 0.5, 6)
b = Item("pear", 0.75)
b.tags.append("fruit")
print(a)
print(b, a.tags)
print(a.total, b.total)
print(a == Item("apple", 0.5, 6, []), a == b)
print(Item.__init__.__annotations__ if False else "skip")
print(Item.__dataclass_fields__["tags"].default_factory)
print(repr(Item("x", 1)))
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
print(hash(a))
