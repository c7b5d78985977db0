# @dataclass: generated __init__, __repr__, __eq__; defaults, field(), order, frozen.
from dataclasses import dataclass, field, asdict

@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.quantity

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0

@dataclass(frozen=True)
class Pair:
    left: int
    right: int

a = Item('pen', 1.5, 4)
b = Item('pen', 1.5, 4)
print(a)
print(a == b, a is b, a.total())
a.tags.append('office')
print(a, b.tags)
print(asdict(a))
print(sorted([Version(2, 1), Version(1, 9), Version(2)]))
print(Version(1) < Version(1, 1))
p = Pair(1, 2)
print(p, hash(p) == hash(Pair(1, 2)))
try:
    p.left = 5
except Exception as e:
    print(type(e).__name__, e)
