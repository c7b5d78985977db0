# Frozen dataclasses as dictionary keys, and computing derived fields in __post_init__.
from dataclasses import dataclass, field, FrozenInstanceError

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
    label: str = field(default="", compare=False, hash=False)
    key: str = field(init=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "key", f"{self.lat:.1f}/{self.lon:.1f}")

visits = {}
for c in [Coord(48.85, 2.35, "Paris"), Coord(51.5, -0.12, "London"), Coord(48.85, 2.35, "Paris again")]:
    visits[c] = visits.get(c, 0) + 1
print(visits)
p = Coord(1.0, 2.0)
print(p.key, hash(p) == hash(Coord(1.0, 2.0, "other")))
try:
    p.lat = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del p.lon
except FrozenInstanceError as e:
    print("delete:", e)

@dataclass(unsafe_hash=True)
class Tag:
    name: str

t = Tag("x")
s = {t}
t.name = "y"
print(t in s, Tag("x") in s, len(s))

@dataclass
class Mutable:
    v: int

try:
    {Mutable(1)}
except TypeError as e:
    print("TypeError:", e)
print(Mutable.__hash__, Coord.__hash__ is not None)
