# Iterator classes, iter(callable, sentinel) and next() with a default.
import random

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIterator(self.limit)

class FibIterator:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

f = Fib(50)
print(list(f), list(f), sum(f))
it = iter(f)
print(next(it), next(it), next(it), list(it), next(it, "exhausted"))
random.seed(5)
rolls = list(iter(lambda: random.randint(1, 6), 6))
print("rolled before a six:", rolls)
data = iter([3, 1, 4, 1, 5, 9, 2, 6])
print(list(iter(lambda: next(data), 9)), list(data))
words = iter("one two three".split())
for w in words:
    if w == "one":
        print("skipping", next(words))
    else:
        print(w)
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
iter(BadIter())
