# dataclass extras: KW_ONLY, match_args, make_dataclass, a mutable default error, and repr=False
from dataclasses import dataclass, field, KW_ONLY, make_dataclass, fields, is_dataclass


@dataclass
class Request:
    url: str
    _: KW_ONLY
    method: str = "GET"
    retries: int = 3
    secret: str = field(default="", repr=False)


r = Request("https://x.org", method="POST", secret="hunter2")
print(r, Request.__match_args__)
match r:
    case Request(u, method="POST"):
        print("post to", u)
Point = make_dataclass("Point", [("x", int), ("y", int, field(default=0))], frozen=True)
p = Point(1)
print(p, is_dataclass(p), is_dataclass(Point), [f.type for f in fields(Point)])
print(Request.__init__.__annotations__ if False else list(Request.__dataclass_fields__))
try:
    Request("u", "PUT")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Bag:
    items: list = []
