# Putting lists into a set to remove duplicate pairs.
pairs = [[1, 2], [2, 3], [1, 2]]
seen = set()
for p in pairs:
    if p not in seen:
        seen.add(p)
print(len(seen))
