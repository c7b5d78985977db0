# next() past the end of an iterator.
print("start")

it = iter([1])
print(next(it))
print(next(it))
