import itertools

pairs = itertools.combinations([1, 2, 3, 4], 2)
print("count:", len(list(pairs)))
print("again:", list(pairs))
print(len(itertools.combinations([1, 2, 3], 2)))
