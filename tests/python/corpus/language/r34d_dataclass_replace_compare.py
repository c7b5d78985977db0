# dataclasses.replace, astuple, is_dataclass, field(compare=False) and unsafe_hash
from dataclasses import dataclass, field, replace, astuple, asdict, is_dataclass, FrozenInstanceError

@dataclass(unsafe_hash=True)
class Item:
    sku: str
    qty: int = 1
    note: str = field(default="", compare=False, hash=False)

a = Item("A1", 2, "gift")
b = replace(a, note="other")
print(a == b, hash(a) == hash(b), b)
print(astuple(a), asdict(b))
print(is_dataclass(Item), is_dataclass(a), is_dataclass(int))
print(len({a, b, Item("A1", 3)}))

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    def bump(self):
        return replace(self, minor=self.minor + 1)

v = Version(1, 9)
print(v.bump(), v < v.bump(), sorted([Version(2), v, Version(1, 0)]))
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    replace(v, patch=1)
except TypeError as e:
    print("TypeError:", e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)
