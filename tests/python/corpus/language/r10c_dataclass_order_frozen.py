from dataclasses import dataclass, field, FrozenInstanceError, asdict, astuple, replace

@dataclass(order=True, frozen=True)
class Money:
    currency: str
    amount: int = 0

a = Money("EUR", 5)
b = Money("EUR", 12)
c = Money("USD", 1)
print(a, repr(b))
print(sorted([c, b, a]))
print(a < b, b < c, a == Money("EUR", 5))
print(hash(a) == hash(Money("EUR", 5)))
try:
    a.amount = 7
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del a.currency
except FrozenInstanceError as e:
    print(e)
print(replace(a, amount=99), a)
print(asdict(b), astuple(c))
print(len({a, Money("EUR", 5), b}), sorted({a, Money("EUR", 5), b}))
try:
    a < 5
except TypeError as e:
    print(e)
print(FrozenInstanceError.__mro__[1].__name__)
a.currency = "GBP"
