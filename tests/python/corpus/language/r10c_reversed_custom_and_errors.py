class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]

d = Deck(["A", "K", "Q"])
print(list(reversed(d)), d[-1], d[0:2])
print(list(d), "K" in d)

class Back:
    def __reversed__(self):
        yield from "zyx"

print(list(reversed(Back())))
print(list(reversed(range(1, 10, 3))), list(reversed({"a": 1, "b": 2})))
print(list(reversed((1, 2))), "".join(reversed("hello")))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print(e)
r = reversed([1, 2, 3])
print(next(r), list(r), type(r).__name__)
reversed(5)
