# next() past the end of an iterator with and without a default
it = iter([1])
print(next(it))
print(next(it, "done"))
print(next(it))
