# A class-based iterator (__iter__/__next__) and an iterable that makes fresh iterators
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


class Range3:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * 3
            i += 1


c = Countdown(3)
print(list(c), list(c))
r = Range3(4)
print(list(r), list(r), sum(r), 9 in r)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
print(list(zip(Countdown(3), Range3(5))), dict(enumerate(Range3(2))))
print(iter(it) is it, type(iter(r)).__name__)
next(it)
