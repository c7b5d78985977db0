# __repr__, __str__, __eq__, __lt__ and __hash__ on a Card class: sorting, sets and dict keys.
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, rank, suit):
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
        return Card.RANKS.index(self.rank) < Card.RANKS.index(other.rank)
    def __hash__(self):
        return hash((self.rank, self.suit))

hand = [Card("K", "h"), Card("2", "s"), Card("A", "d"), Card("T", "c"), Card("K", "h")]
print(hand)
print([str(c) for c in sorted(hand)])
print(len(set(hand)), Card("A", "d") in hand, hand.count(Card("K", "h")))
print(max(hand), min(hand), Card("2", "s") == "2s", Card("3", "s") != Card("3", "s"))
print(sorted(hand, reverse=True)[:2])
counts = {c: hand.count(c) for c in hand}
print(counts)
print(f"{hand[0]} {hand[0]!r} {str(hand[1]):>4}|")
try:
    print(Card("2", "s") > 5)
except AttributeError as e:
    print("AttributeError:", e)
