# Sorting instances of a class that defines no ordering.
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __repr__(self):
        return f"{self.rank}{self.suit}"

hand = [Card(10, "h"), Card(2, "s"), Card(7, "d")]
print(sorted(hand, key=lambda c: c.rank))
print(max(hand, key=lambda c: c.rank))
hand.sort()
print(hand)
