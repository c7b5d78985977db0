# asdict/astuple recursing into namedtuples, dicts, lists and nested dataclasses; kw_only fields
from collections import namedtuple
from dataclasses import dataclass, field, asdict, astuple, fields

Point = namedtuple("Point", "x y")


@dataclass
class Tag:
    name: str


@dataclass
class Shape:
    origin: Point
    tags: list
    meta: dict
    owner: Tag = None
    scale: float = field(default=1.0, kw_only=True)


s = Shape(Point(1, 2), [Tag("a"), (Tag("b"),)], {"k": Tag("c"), Tag("d").name: [Point(0, 0)]}, Tag("me"), scale=2.0)
d = asdict(s)
print(d)
print(type(d["origin"]).__name__, type(d["tags"][1]).__name__, d["meta"]["k"])
print(astuple(s))
print(Shape.__match_args__, [f.kw_only for f in fields(Shape)])
print(asdict(s, dict_factory=lambda pairs: [k for k, _ in pairs]))
print(asdict(Tag))
