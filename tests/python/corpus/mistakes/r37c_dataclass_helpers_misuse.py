# using dataclass helpers on the wrong things
from dataclasses import dataclass, asdict, replace, fields

@dataclass
class Item:
    name: str
    qty: int = 1

it = Item("pen")
print(asdict(it), replace(it, qty=3))
for label, call in [("replace(it, price=2)", lambda: replace(it, price=2)),
                    ("asdict(Item)", lambda: asdict(Item)),
                    ("asdict({'a': 1})", lambda: asdict({"a": 1})),
                    ("fields(it)[0].name", lambda: fields(it)[0].name),
                    ("fields(5)", lambda: fields(5))]:
    try:
        print(label, "->", call())
    except TypeError as e:
        print(label, "TypeError:", e)
