# Sorting playing cards with functools.total_ordering and only __eq__ and __lt__
from functools import total_ordering

RANKS = "23456789TJQKA"


@total_ordering
class Card:
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]

    def __eq__(self, other):
        return RANKS.index(self.rank) == RANKS.index(other.rank)

    def __lt__(self, other):
        return RANKS.index(self.rank) < RANKS.index(other.rank)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(c) for c in "KH 3S TD AC 3H 9S".split()]
print(sorted(hand))
print(max(hand), min(hand))
print(Card("5S") >= Card("5H"), Card("QS") > Card("KS"), Card("2D") <= Card("3D"))
print(sorted(hand, reverse=True))
print(hash(Card("2S")))
