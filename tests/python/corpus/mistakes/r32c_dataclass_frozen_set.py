# Trying to change a field of a frozen dataclass in a method.
from dataclasses import dataclass

@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"

    def add(self, n):
        self.amount += n
        return self

m = Money(5)
print(m)
print(m.add(3))
