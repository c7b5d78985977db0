# Raising StopIteration inside a generator (PEP 479).
def first_n(items, n):
    it = iter(items)
    for _ in range(n):
        yield next(it)

print(list(first_n([1, 2, 3], 2)))
print(list(first_n([1, 2], 5)))
