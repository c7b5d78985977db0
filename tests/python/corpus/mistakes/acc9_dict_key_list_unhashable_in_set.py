# Adding lists to a set.
seen = set()
for pair in ([1, 2], [3, 4]):
    seen.add(pair)
print(seen)
