# Looping over a range of 128-bit IDs (like UUID numbers).
start = 2 ** 100
ids = range(start, start + 3)
for i in ids:
    print(i - start)
print(ids[-1] - start, len(ids), start + 1 in ids)
