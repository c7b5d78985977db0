from dataclasses import dataclass, field, KW_ONLY, fields

@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 8080

@dataclass
class Job:
    name: str
    _: KW_ONLY
    retries: int = 3
    verbose: bool = False

@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"

print(Config(host="localhost"))
try:
    Config("localhost")
except TypeError as e:
    print("TypeError:", e)
print(Job("build", retries=1))
try:
    Job("build", 5)
except TypeError as e:
    print("TypeError:", e)
print([(f.name, f.kw_only) for f in fields(Job)])
p = Pixel(1, 2)
print(p, Pixel.__slots__, hasattr(p, "__dict__"))
try:
    p.alpha = 0.5
except AttributeError as e:
    print("AttributeError:", e)

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident(1) != Ident(1))
print(Pixel.__match_args__, Job.__match_args__)
match Pixel(0, 5, "red"):
    case Pixel(0, y, color="red"):
        print("on axis at", y)
Config(port=1)
