# A __str__ that prints instead of returning
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __str__(self):
        print(f"{self.rank} of {self.suit}")

hand = [Card("Q", "hearts"), Card(7, "clubs")]
for card in hand:
    print(str(card))
