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

c = Countdown(3)
print(list(c))
print(list(c))
for n in Countdown(2):
    print("tick", n)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1

r = Range2(3)
print(list(r), list(r), sum(r), 2 in r, 5 in r)
print(max(Range2(5)), sorted(Range2(4), reverse=True))
a, b, *rest = Range2(5)
print(a, b, rest)
next(Countdown(0))
