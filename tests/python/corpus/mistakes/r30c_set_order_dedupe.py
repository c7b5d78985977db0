# Deduplicating with set() and expecting the original order back.
scores = [100, 42, 7, 42, 1000, -5, 7, 33, 64, 1 << 40, 17]
unique = set(scores)
print(unique)
print(list(unique))
print(list(unique)[0] == scores[0])
