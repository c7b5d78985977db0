# pprint of dataclasses and nested structures at narrow widths, and pprint.pp
from dataclasses import dataclass, field
from pprint import pprint, pp, pformat


@dataclass
class Address:
    street: str
    city: str


@dataclass
class Customer:
    name: str
    emails: list = field(default_factory=list)
    address: Address = None


c = Customer("Ann Example", ["ann@example.org", "a.example@work.example"], Address("1 Long Street Name", "Springfield"))
pprint(c)
pprint(c, width=40)
pp({"customers": [c], "count": 1}, width=60)
print(pformat(Address("x", "y")))
pprint([list(range(12))] * 2, width=30, compact=True)
pprint({"b": {"z": 1, "a": 2}, "a": (1, [2, {3: 4}])}, depth=2)
