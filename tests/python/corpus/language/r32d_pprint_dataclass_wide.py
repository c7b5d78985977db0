# pprint and pp with dataclasses, nested objects and narrow widths
from dataclasses import dataclass, field
from pprint import pprint, pp, pformat


@dataclass
class Address:
    street: str
    city: str


@dataclass
class Person:
    name: str
    emails: list = field(default_factory=list)
    address: Address = None
    scores: dict = field(default_factory=dict)


p = Person("Grace Hopper", ["grace@navy.mil", "ghopper@example.com"], Address("1 Main Street", "Arlington"),
           {"cobol": 10, "math": 9, "asm": 8})
pprint(p)
pprint(p, width=40)
pp({"people": [p, Person("X")]}, width=70)
print(pformat(p, depth=1))
pprint(p, compact=True, width=30, sort_dicts=True)
