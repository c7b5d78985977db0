# next() on a list instead of an iterator.
# (kept short on purpose: the mistake is the point)
tasks = ["wash", "dry"]
print(next(iter(tasks)))
print(next(tasks))
