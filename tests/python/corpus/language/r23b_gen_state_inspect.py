import inspect

def worker(n):
    for i in range(n):
        received = yield i
        if received:
            print("  worker received", received)

g = worker(2)
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.send("x")
try:
    next(g)
except StopIteration:
    print("stopped")
print(inspect.getgeneratorstate(g))

print(inspect.isgeneratorfunction(worker), inspect.isgenerator(g))
print(inspect.isgeneratorfunction(lambda: (yield)))

def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

gen = (i for i in range(3))
print(type(gen).__name__, gen.__name__)
print(iter(gen) is gen)

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n:
            yield n
            n -= 1
cd = Countdown(3)
print(list(cd), list(cd))
print(list(zip(cd, "abc")))
next(cd)
