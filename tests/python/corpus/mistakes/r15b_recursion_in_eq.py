# Mistake: __eq__ compares the objects themselves instead of their fields.
class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit
    def __eq__(self, other):
        return self == other

hand = [Card(10, "hearts"), Card(3, "spades")]
print(Card(3, "spades") in hand)
