from dataclasses import dataclass, field, InitVar

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative side")
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h

r = Rect(2, 3)
print(r)
print(Rect(2, 3, 2.5))
print(Rect(2, 3, scale=0.5).area)
print([f.name for f in __import__("dataclasses").fields(Rect)])
print(hasattr(r, "scale"), Rect.scale)

@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list, repr=False, compare=False)
    def __post_init__(self):
        self.owner = self.owner.title()
        self.history.append(("open", self.balance))
acc = Account("ada lovelace", 10)
print(acc, acc.history)
print(acc == Account("Ada Lovelace", 10))
Rect(-1, 2)
