# Language: dataclasses with defaults, frozen, order, asdict, replace and __post_init__.
from dataclasses import dataclass, field, asdict, replace, astuple

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    @property
    def total(self):
        return self.price * self.qty

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

    def __post_init__(self):
        if self.major < 0:
            raise ValueError('negative major')

cart = [Item('pen', 1.5, 4), Item('book', 12.0, tags=['gift'])]
print(cart[0], cart[1].total, sum(i.total for i in cart))
print(asdict(cart[1]), astuple(cart[0]), replace(cart[0], qty=1))
print(Item('a', 1) == Item('a', 1), Item('a', 1) == Item('a', 2))
vs = [Version(1, 2), Version(1), Version(0, 9)]
print(sorted(vs), max(vs), Version(2) > Version(1, 5), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 5
except Exception as e:
    print(type(e).__name__, e)
Version(-1)
