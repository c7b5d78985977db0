# dataclasses: nested asdict/astuple, replace with __post_init__, fields metadata, make_dataclass.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, make_dataclass
from collections import namedtuple

Pair = namedtuple("Pair", "a b")

@dataclass
class Inner:
    x: int
    tags: list = field(default_factory=list, metadata={"unit": "none"})

@dataclass
class Outer:
    name: str
    inner: Inner
    items: list
    mapping: dict
    pair: Pair = Pair(1, 2)

    def __post_init__(self):
        print("post_init", self.name)

o = Outer("o", Inner(1, ["t"]), [Inner(2), (3, Inner(4))], {"k": Inner(5)})
print(asdict(o))
print(astuple(o))
o2 = replace(o, name="o2")
print(o2.inner is o.inner, o2 == o, o2.name)
print(fields(Inner)[1].metadata["unit"], dict(fields(Inner)[1].metadata), fields(Inner)[0].default_factory if False else "-")
P = make_dataclass("P", [("x", int), ("y", int, field(default=0))], order=True)
print(P(1), P(1) < P(2), P.__name__, [f.name for f in fields(P)])
try:
    asdict(Inner)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(o, inner=Inner(0), nope=1)
except TypeError as e:
    print("TypeError:", e)
