# Abstract base classes for payment methods: abstract methods, concrete helpers, instantiation errors
from abc import ABC, abstractmethod


class Payment(ABC):
    fee_rate = 0.0

    def __init__(self, amount):
        self.amount = amount

    @abstractmethod
    def authorize(self) -> bool:
        """Check with the provider."""

    @property
    @abstractmethod
    def kind(self): ...

    def total(self):
        return round(self.amount * (1 + self.fee_rate), 2)

    def __str__(self):
        return f"{self.kind}: {self.total():.2f}"


class Card(Payment):
    fee_rate = 0.029
    kind = "card"

    def authorize(self):
        return self.amount < 1000


class Cash(Payment):
    @property
    def kind(self):
        return "cash"

    def authorize(self):
        return super().authorize() is None


for p in [Card(100), Card(5000), Cash(20)]:
    print(p, p.authorize(), isinstance(p, Payment))
print(sorted(Payment.__abstractmethods__), Card.__abstractmethods__, Payment.authorize.__doc__)


class Broken(Payment):
    def authorize(self):
        return True


try:
    Broken(1)
except TypeError as e:
    print(e)
Payment(3)
