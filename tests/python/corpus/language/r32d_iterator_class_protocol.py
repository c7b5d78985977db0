# Writing an iterator class: a countdown with __iter__/__next__, reusable iterables and iter() with a sentinel
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
    def __iter__(self):
        return Countdown(3)


c = Countdown(3)
print(list(c), list(c))
r = Range3()
print(list(r), list(r), 2 in r, sum(r), sorted(r))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "empty"))
import random
random.seed(3)
print(list(iter(lambda: random.randint(1, 6), 6)))
print(list(zip(Countdown(5), "abc")), dict(enumerate(Countdown(2))))
next(Countdown(0))
