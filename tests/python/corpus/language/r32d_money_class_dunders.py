# A Money class with arithmetic, comparisons, hashing and formatting dunders
from functools import total_ordering


@total_ordering
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __add__(self, other):
        if isinstance(other, int) and other == 0:
            return self
        if self.currency != other.currency:
            raise ValueError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.cents + other.cents, self.currency)

    __radd__ = __add__

    def __mul__(self, k):
        return Money(round(self.cents * k), self.currency)

    __rmul__ = __mul__

    def __eq__(self, other):
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __repr__(self):
        return f"Money({self.cents!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.cents / 100:,.2f} {self.currency}"

    def __format__(self, spec):
        return format(str(self), spec)


prices = [Money(1999), Money(250), Money(100000), Money(250)]
print(sum(prices))
print(sorted(prices))
print(max(prices), min(prices))
print(f"[{Money(5) * 3:>15}]", f"[{2 * Money(333):<15}]")
print(len(set(prices)), Money(1) <= Money(1), Money(2) >= Money(3))
print([str(p) for p in prices])
Money(1, "USD") + Money(1)
