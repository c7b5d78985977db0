# a learner's Fibonacci iterator class and generator, with islice and zip
from itertools import islice
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        self.a, self.b = 0, 1
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
print(list(Fib(100)))
print(sum(Fib(1000)), max(Fib(50)), 21 in Fib(30), 22 in Fib(30))
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(islice(fib_gen(), 10)), list(zip(range(3), fib_gen())))
for i, f in enumerate(fib_gen()):
    if f > 50:
        print('first over 50 at index', i, 'is', f)
        break
f = Fib(3)
print(next(f))
