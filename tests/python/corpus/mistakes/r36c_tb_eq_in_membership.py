# checking if a Card is in the hand; __eq__ assumes the other is a Card
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

hand = [Card(10, "hearts"), Card(3, "spades")]
print(Card(3, "spades") in hand)
print("ace" in hand)
