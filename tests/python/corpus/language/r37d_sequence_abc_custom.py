# A read-only Sequence subclass gets index, count, __contains__, __reversed__ and iteration for free.
from collections.abc import Sequence

class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("squares index out of range")
        return i * i

sq = Squares(8)
print(list(sq), sq[-1], sq[2:6], sq[::-3], 49 in sq, 50 in sq)
print(sq.index(36), sq.count(4), list(reversed(sq)), max(sq), sorted(sq, reverse=True)[:3])
print(isinstance(sq, Sequence), len(sq), bool(Squares(0)), list(enumerate(sq))[:2])
a, b, *rest = Squares(4)
print(a, b, rest, tuple(Squares(3)), "".join(map(str, Squares(5))))
try:
    sq.index(5)
except ValueError as e:
    print("ValueError:", e)
print(sq[100])
