# A Countdown class with __iter__, __reversed__, __contains__, __length_hint__; iterator vs iterable
import operator

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __contains__(self, x):
        print(f"  __contains__({x})")
        return 0 < x <= self.start
    def __length_hint__(self):
        return self.start

c = Countdown(4)
print(list(c), list(reversed(c)), list(c))
print(3 in c, 9 in c)
print(operator.length_hint(c), sum(c), max(c), sorted(c))
it = iter(c)
print(next(it), next(it), list(it), list(it))
print(list(zip(c, reversed(c))), dict(enumerate(c, 1)))

class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem(), list(reversed([*OnlyGetitem()])))
try:
    reversed(OnlyGetitem())
except TypeError as e:
    print("TypeError:", e)
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)
