from functools import total_ordering

@total_ordering
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, label):
        self.rank, self.suit = label[0], label[1]
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.RANKS.index(self.rank) == self.RANKS.index(other.rank)
    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.RANKS.index(self.rank) < self.RANKS.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit
    __hash__ = None

hand = [Card(x) for x in ["Ks", "2h", "Ah", "Td", "2c"]]
print(sorted(hand), max(hand), min(hand))
print(Card("Ks") > Card("Qh"), Card("2s") >= Card("2h"), Card("3s") <= Card("2h"))
print(Card("5s") == Card("5d"), Card("5s") != Card("6d"))
print(sorted(hand, reverse=True))
print([c for c in hand if c >= Card("Th")])
try:
    Card("As") < 5
except TypeError as e:
    print("TypeError:", e)
print(Card("As") == "As")
{Card("As")}
