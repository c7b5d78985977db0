from collections import namedtuple
from typing import NamedTuple

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

v = Vec(3, 4) + Vec(1, 1)
print(v, v.norm, type(v).__name__)

class Card(NamedTuple):
    rank: str
    suit: str = "spades"
    def label(self):
        return f"{self.rank} of {self.suit}"

c = Card("Q")
print(c, c.label(), Card._fields, Card._field_defaults)
print(Card.__annotations__)
print(c._replace(suit="hearts").label())
print(isinstance(c, tuple), hash(c) == hash(("Q", "spades")))
cards = [Card("2", "hearts"), Card("10"), Card("A", "clubs")]
print(sorted(cards, key=lambda k: k.suit))
print(dict(zip(Card._fields, c)))
