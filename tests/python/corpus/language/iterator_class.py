# Language: an iterator class with __iter__ and __next__, used by for, list, zip and next.
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

print(list(Countdown(3)))
for n in Countdown(2):
    print('tick', n)
c = Countdown(5)
print(next(c), next(c), list(zip(c, 'ab')), list(c), next(c, 'empty'))
print(sum(Countdown(4)), max(Countdown(3)), sorted(Countdown(3)), 2 in Countdown(3))
print(dict(zip('xyz', Countdown(3))), list(enumerate(Countdown(2))))
