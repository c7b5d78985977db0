# a repr for my Card class; I printed inside it instead of returning
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __repr__(self):
        print(f"{self.rank}{self.suit}")

hand = [Card("A", "s"), Card("10", "h")]
print(len(hand))
print(hand)
