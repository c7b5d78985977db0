# pprint on dataclasses, namedtuples and deep structures, with width and depth limits.
from dataclasses import dataclass, field
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
import pprint

@dataclass
class Address:
    street: str
    city: str

@dataclass
class Customer:
    name: str
    address: Address
    orders: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)

c = Customer("Ada Lovelace", Address("12 Analytical Engine Way", "London"),
             orders=[{"id": i, "total": i * 10.5} for i in range(1, 4)], tags={"vip": True})
pprint.pprint(c, width=60)
pprint.pprint(c, depth=1)
P = namedtuple("P", "x y")
pprint.pprint([P(1, 2)] * 3, width=20)
pprint.pprint(OrderedDict(b=1, a=2), width=20)
dd = defaultdict(list, {"k": list(range(15))})
pprint.pprint(dd, width=40)
pprint.pprint(Counter("abracadabra"))
pprint.pprint(deque(range(30), maxlen=40), width=50)
pprint.pprint({"s": {3, 1, 2}, "f": frozenset({9, 8})}, width=30)
