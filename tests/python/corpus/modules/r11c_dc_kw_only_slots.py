from dataclasses import dataclass, field, KW_ONLY

@dataclass
class Request:
    url: str
    _: KW_ONLY
    method: str = "GET"
    timeout: float = 10.0

r = Request("http://x", timeout=2)
print(r)
try:
    Request("http://x", "POST")
except TypeError as e:
    print("TypeError:", e)

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int
print(Options(level=3))
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=0)
    c: int = 1
print(Mixed(5, 6, b=7))

@dataclass(slots=True)
class Pt:
    x: int
    y: int = 0
p = Pt(1)
print(p, Pt.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
