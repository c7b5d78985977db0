# dataclass with default_factory, frozen, asdict and replace.
from dataclasses import dataclass, field, asdict, replace, FrozenInstanceError

@dataclass
class Job:
    n: int
    tags: list = field(default_factory=list)
    result: int = field(default=None, repr=False)

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

a, b = Job(5), Job(6)
a.tags.append("urgent")
print(a, b, a == Job(5, ["urgent"]), asdict(a))
p = Point(1)
print(p, replace(p, y=5), hash(p) == hash(Point(1, 0)))
try:
    p.x = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Job()
except TypeError as e:
    print(e)
