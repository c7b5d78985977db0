from dataclasses import dataclass, field
from typing import ClassVar

@dataclass(repr=False)
class Money:
    amount: int
    currency: str = "EUR"
    rate: ClassVar[float] = 1.1
    def __repr__(self):
        return f"{self.amount / 100:.2f} {self.currency}"
    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError("currency mismatch")
        return Money(self.amount + other.amount, self.currency)

print(Money(1050) + Money(250))
print(Money.rate, "rate" in Money.__dataclass_fields__)
try:
    Money(1, "USD") + Money(1)
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Item:
    name: str
    price: float = field(repr=False)
    qty: int = field(default=1, compare=False)
print(Item("pen", 1.5), Item("pen", 1.5, 2) == Item("pen", 1.5, 9))
print(Item.__hash__, Item("a", 1) != Item("b", 1))

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str
print(len({Key(1, "x"), Key(1, "x"), Key(2, "x")}))
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())
