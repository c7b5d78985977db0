# dataclass details: __post_init__ with InitVar, field(init=False), repr/eq flags, __match_args__.
from dataclasses import dataclass, field, InitVar, fields, is_dataclass

@dataclass
class Rect:
    w: float
    h: float
    scale: InitVar[float] = 1.0
    area: float = field(init=False)
    note: str = field(default="", repr=False, compare=False)

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h

r = Rect(2, 3, 2.0)
print(r, r.area, Rect(4, 6) == r, Rect(4, 6, note="x") == r)
print([f.name for f in fields(r)], Rect.__match_args__, is_dataclass(r), is_dataclass(Rect), is_dataclass(3))
match r:
    case Rect(w, h) if w == h:
        print("square")
    case Rect(w=4.0, h=h):
        print("w is 4, h", h)
try:
    Rect(1)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mut:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
