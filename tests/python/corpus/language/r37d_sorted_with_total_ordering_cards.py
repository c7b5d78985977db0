# A card deck: total_ordering, Enum suits, shuffling with a seed, sorting hands and finding pairs.
import random
from enum import Enum
from functools import total_ordering
from collections import Counter
from itertools import groupby

class Suit(Enum):
    CLUBS = "♣"
    DIAMONDS = "♦"
    HEARTS = "♥"
    SPADES = "♠"

RANKS = "23456789TJQKA"

@total_ordering
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, o):
        return (self.rank, self.suit) == (o.rank, o.suit)
    def __lt__(self, o):
        return (RANKS.index(self.rank), list(Suit).index(self.suit)) < (RANKS.index(o.rank), list(Suit).index(o.suit))
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return self.rank + self.suit.value

random.seed(37)
deck = [Card(r, s) for s in Suit for r in RANKS]
random.shuffle(deck)
hands = [sorted(deck[i::4][:5]) for i in range(4)]
for n, hand in enumerate(hands, 1):
    counts = Counter(c.rank for c in hand)
    pairs = [r for r, k in counts.items() if k >= 2]
    by_suit = {s.name[0]: len(list(g)) for s, g in groupby(sorted(hand, key=lambda c: c.suit.name), key=lambda c: c.suit)}
    print(f"hand {n}: {hand} pairs={pairs} suits={by_suit} high={max(hand)}")
print(len(set(deck)), min(deck), Card("A", Suit.SPADES) > Card("A", Suit.HEARTS), Card("2", Suit.CLUBS) <= Card("2", Suit.CLUBS))
