# __str__ that prints instead of returning.
class Card:
    def __init__(self, rank):
        self.rank = rank

    def __str__(self):
        print(f"Card({self.rank})")

c = Card("Q")
print(str(c))
