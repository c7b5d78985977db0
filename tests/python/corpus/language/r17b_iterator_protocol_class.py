# A class implementing __iter__ and __next__: a countdown used by for, list and next
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

print(list(Countdown(5)))
cd = Countdown(3)
for n in cd:
    print('tick', n)
print(next(cd, 'empty'))
it = iter(Countdown(2))
print(next(it), next(it))
next(it)
