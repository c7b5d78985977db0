from dataclasses import dataclass, field, KW_ONLY
import dataclasses

@dataclass(slots=True)
class P:
    x: int
    y: int = 0
p = P(1)
print(p, P.__slots__)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=2))
try:
    Opts(True, 2)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(Mixed(0, c=5))

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident(1).__eq__(Ident(1)))

@dataclass
class WithClassVar:
    from typing import ClassVar
    count: ClassVar[int] = 0
    name: str = "n"
print(WithClassVar(), [f.name for f in dataclasses.fields(WithClassVar)])
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(P), dataclasses.is_dataclass(3))

@dataclass
class Unhashable:
    s: set = field(default_factory=set)
print(Unhashable(), Unhashable.__hash__)
@dataclass
class BadDefault:
    d: dict = {}
