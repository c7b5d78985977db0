# Off-by-one: looping to len(items) inclusive when comparing neighbours.
items = [4, 8, 15, 16, 23, 42]
diffs = []
for i in range(len(items)):
    diffs.append(items[i + 1] - items[i])
print(diffs)
