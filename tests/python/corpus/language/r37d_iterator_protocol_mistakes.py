# Iterator classes done right and wrong: __iter__ returning self, exhausted iterators, missing __next__.
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

class Reusable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)

c = Countdown(3)
print(list(c), list(c))
r = Reusable(3)
print(list(r), list(r), sum(r), max(r), 2 in r, sorted(r))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), iter(it) is it)
class BadIter:
    def __iter__(self):
        return [1, 2]
class NoIter:
    pass
class OldStyle:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(list(OldStyle()), 20 in OldStyle(), type(iter(OldStyle())).__name__)
for obj in (BadIter(), NoIter(), 5):
    try:
        iter(obj)
    except TypeError as e:
        print("TypeError:", e)
a, b, *c = Countdown(5)
print(a, b, c)
x, y = Countdown(3)
