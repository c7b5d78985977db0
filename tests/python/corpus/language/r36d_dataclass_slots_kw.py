# Dataclasses with slots and keyword-only fields, matched with match/case.
from dataclasses import dataclass, field, KW_ONLY, fields

@dataclass(slots=True)
class Point:
    x: int
    y: int = 0

@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 8080
    tags: list = field(default_factory=list)

@dataclass
class Job:
    name: str
    _: KW_ONLY
    retries: int = 3
    verbose: bool = False

p = Point(3)
print(p, Point.__slots__, Point.__match_args__)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
c = Config(host="example")
print(c, Config.__match_args__)
try:
    Config("example")
except TypeError as e:
    print("TypeError:", e)
j = Job("build", retries=5)
print(j, [f.name for f in fields(j)], [f.kw_only for f in fields(j)])
for thing in (Point(0, 0), Point(1, 5), j, c):
    match thing:
        case Point(0, 0):
            print("origin")
        case Point(x, y) if x < y:
            print(f"above diagonal at {x},{y}")
        case Job(name, retries=r):
            print(f"job {name} with {r} retries")
        case Config(host=h):
            print("config for", h)
print(hasattr(p, "__dict__"))
