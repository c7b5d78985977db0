# Playing cards with __repr__/__str__/__eq__/__lt__/__hash__, a deck, and a dealt hand
import random
from functools import total_ordering
from collections import Counter

RANKS = "23456789TJQKA"
SUITS = "♣♦♥♠"

@total_ordering
class Card:
    def __init__(self, rank, suit):
        if rank not in RANKS or suit not in SUITS:
            raise ValueError(f"bad card {rank}{suit}")
        self.rank, self.suit = rank, suit
    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"
    def __str__(self):
        return self.rank + self.suit
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __lt__(self, other):
        return (RANKS.index(self.rank), SUITS.index(self.suit)) < (RANKS.index(other.rank), SUITS.index(other.suit))
    def __hash__(self):
        return hash((self.rank, self.suit))

class Deck:
    def __init__(self):
        self.cards = [Card(r, s) for s in SUITS for r in RANKS]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def deal(self, n):
        hand, self.cards = self.cards[:n], self.cards[n:]
        return hand

deck = Deck()
print(len(deck), deck[0], deck[-1], repr(deck[12]), [str(c) for c in deck[10:15]])
random.seed(5)
random.shuffle(deck.cards)
hand = sorted(deck.deal(5))
print(" ".join(map(str, hand)), len(deck), max(hand), min(hand))
print(Card("A", "♠") > Card("K", "♠"), Card("2", "♣") <= Card("2", "♦"), Card("Q", "♥") == Card("Q", "♥"), Card("Q", "♥") == "Q♥")
print(len({Card("A", "♠"), Card("A", "♠"), Card("K", "♠")}), Card("T", "♦") in deck.cards or Card("T", "♦") in hand)
counts = Counter(c.suit for c in deck.deal(13))
print(sorted(counts.items()), sum(counts.values()), len(deck))
print(str(hand), [f"{c}" for c in reversed(hand)], f"{hand[0]!r}", f"{hand[0]!s:>5}|")
print(sorted({Card("3", "♥"): "x", Card("3", "♣"): "y"}.items()))
print(Card("1", "♠"))
