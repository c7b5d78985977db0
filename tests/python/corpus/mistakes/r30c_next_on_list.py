# next() on a list instead of an iterator.
tasks = ["wash", "dry"]
print(next(iter(tasks)))
print(next(tasks))
