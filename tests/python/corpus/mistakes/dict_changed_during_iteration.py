# Mistake: deleting from a dict while looping over it.
results = {1: 1, 2: 2, 3: 6, 4: 24}
for n in results:
    if results[n] % 2 == 0:
        del results[n]
print(results)
