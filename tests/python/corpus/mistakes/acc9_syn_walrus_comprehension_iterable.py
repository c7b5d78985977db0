# A walrus in a comprehension's iterable.
print("start")

data = [3, 1, 2]
print([x * 2 for x in (sorted_data := sorted(data))])
