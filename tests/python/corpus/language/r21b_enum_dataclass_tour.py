# enum and dataclass features a learner tries after chapter 9
from enum import Enum, IntEnum, auto, Flag
from dataclasses import dataclass, field, asdict, astuple
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.BLUE), Color(2), Color['GREEN'], Color.RED.name, Color.RED.value, list(Color))
print(Color.RED is Color(1), Color.RED == 1, len(Color), [c.name for c in Color])
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), f'{Prio.HIGH}', str(Prio.LOW))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), repr(Perm(7)), Perm(0))
@dataclass(order=True)
class Item:
    price: float
    name: str = 'thing'
    tags: list = field(default_factory=list)
a, b = Item(2.5, 'pen'), Item(1.0)
print(a, b, a > b, sorted([a, b]), asdict(a), astuple(b))
b.tags.append('x'); print(Item(0).tags, b)
print(Color(5))
