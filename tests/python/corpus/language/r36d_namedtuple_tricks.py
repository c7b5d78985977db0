# namedtuple beyond the basics: defaults, _replace, _make, subclassing with methods.
from collections import namedtuple

Card = namedtuple("Card", "rank suit")
Point3 = namedtuple("Point3", ["x", "y", "z"], defaults=[0])
print(Point3(1, 2), Point3._field_defaults, Point3._fields)

class Money(namedtuple("Money", "amount currency")):
    __slots__ = ()
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"
    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError("currency mismatch")
        return Money(self.amount + other.amount, self.currency)

a = Money(3.5, "EUR")
b = Money(1.25, "EUR")
print(a + b, repr(a + b))
try:
    a + Money(1, "USD")
except ValueError as e:
    print(e)
c = Card._make(["Q", "hearts"])
print(c, c._asdict(), c._replace(suit="spades"))
rank, suit = c
print(rank, suit, c[0], c.index("hearts"), len(c))
try:
    c.rank = "K"
except AttributeError as e:
    print("AttributeError:", e)
R = namedtuple("R", "def x class", rename=True)
print(R._fields)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
print(sorted([Card("2", "c"), Card("10", "a"), Card("2", "b")]))
print(Card.rank, Card.__doc__)
