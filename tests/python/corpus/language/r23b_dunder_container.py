class Deck:
    def __init__(self, cards):
        self._cards = list(cards)
    def __len__(self):
        return len(self._cards)
    def __getitem__(self, index):
        print(f"  __getitem__({index!r})")
        return self._cards[index]

d = Deck("AKQ")
print(len(d), d[0], d[-1])
print(d[1:])
print("K" in d)
print(list(d))
print(list(reversed(d)))
print(bool(Deck([])), bool(d))

class Span:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
    def __iter__(self):
        return iter(range(self.lo, self.hi))
    def __bool__(self):
        return self.hi > self.lo
s = Span(2, 5)
print(3 in s, 5 in s, 7 not in s, list(s), sorted(s, reverse=True))
print(bool(Span(3, 3)), len(list(Span(0, 3))))
a, b, c = s
print(a, b, c, max(s), sum(s), dict.fromkeys(s))

class OnlyIter:
    def __iter__(self):
        yield "x"
        yield "y"
print("y" in OnlyIter(), "z" in OnlyIter(), [*OnlyIter()], "".join(OnlyIter()))
try:
    len(OnlyIter())
except TypeError as e:
    print("TypeError:", e)
try:
    OnlyIter()[0]
except TypeError as e:
    print("TypeError:", e)
print(3 in Deck([1, 2]))
