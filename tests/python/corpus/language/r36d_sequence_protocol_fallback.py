# A class with only __len__ and __getitem__ still supports iteration, 'in' and reversed().
class Countdown:
    def __init__(self, start):
        self.start = start

    def __len__(self):
        return self.start + 1

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("countdown index out of range")
        return self.start - i

c = Countdown(5)
print(list(c), 3 in c, 9 in c, list(reversed(c)))
print(c[1:4], c[::-2], c[-1], sorted(c), sum(c), max(c))
a, *rest = c
print(a, rest, bool(Countdown(0)), len(Countdown(0)))
it = iter(c)
print(type(it).__name__, next(it), next(it))

class Empty:
    def __len__(self):
        return 0

print(bool(Empty()), "truthy" if Empty() else "falsy")

class Weird:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

print(bool(Weird()))
try:
    c[10]
except IndexError as e:
    print("IndexError:", e)
try:
    iter(Empty())
except TypeError as e:
    print("TypeError:", e)

class BadLen:
    def __len__(self):
        return -1
len(BadLen())
