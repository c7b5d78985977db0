# A generator that calls next() on itself.
def gen():
    yield 1
    yield next(g)

g = gen()
print(next(g))
print(next(g))
