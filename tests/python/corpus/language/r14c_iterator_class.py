# An iterator class with __iter__ and __next__ and the same thing as a generator.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * 2
            i += 1

c = Countdown(5)
print(list(c), list(c))
print([x for x in Range2(5)], sum(Range2(4)), 4 in Range2(3))
it = iter(Countdown(3))
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
for a, b in zip(Countdown(3), Range2(10)):
    print(a, b)
r = Range2(3)
print(list(r), list(r), max(Range2(6)))
