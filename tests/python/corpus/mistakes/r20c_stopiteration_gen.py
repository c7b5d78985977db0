# StopIteration inside generator turns into RuntimeError with chain
def first_items(iters):
    for it in iters:
        yield next(it)

print(list(first_items([iter([1]), iter([2])])))
print(list(first_items([iter([1]), iter([])])))
