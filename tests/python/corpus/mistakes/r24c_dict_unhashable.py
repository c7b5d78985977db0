counts = {}
pairs = [[1, 2], [1, 2], [3, 4]]
for p in pairs:
    counts[p] = counts.get(p, 0) + 1
print(counts)
