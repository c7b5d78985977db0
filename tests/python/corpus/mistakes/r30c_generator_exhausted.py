# Iterating a generator twice, then calling next() on it.
def evens(n):
    for i in range(0, n, 2):
        yield i

g = evens(6)
print(list(g))
print(list(g))
print(next(g))
