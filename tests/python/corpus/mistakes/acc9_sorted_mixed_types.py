# sorted() of None and ints.
print("start")

results = [3, None, 1]
print(sorted(results))
