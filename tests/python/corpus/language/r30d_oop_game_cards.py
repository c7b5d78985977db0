# A deck of cards with namedtuple cards, __len__/__getitem__ giving iteration, random with a seed
import collections
import random

Card = collections.namedtuple("Card", ["rank", "suit"])


class Deck:
    ranks = [str(n) for n in range(2, 11)] + list("JQKA")
    suits = "spades diamonds clubs hearts".split()

    def __init__(self):
        self._cards = [Card(r, s) for s in self.suits for r in self.ranks]

    def __len__(self):
        return len(self._cards)

    def __getitem__(self, i):
        return self._cards[i]


def value(card):
    suit_value = {"spades": 3, "hearts": 2, "diamonds": 1, "clubs": 0}
    return Deck.ranks.index(card.rank) * len(suit_value) + suit_value[card.suit]


deck = Deck()
print(len(deck), deck[0], deck[-1], deck[12::13])
print(Card("Q", "hearts") in deck, Card("1", "x") in deck)
random.seed(3)
print(random.choice(deck), random.sample(list(deck), 3))
for c in sorted(deck, key=value)[:3]:
    print(c)
print(list(reversed(deck))[:2])
random.shuffle(deck)
