# Removing entries from a dict while looping over it: RuntimeError
results = {1: 1, 2: 2, 3: 6, 4: 24, 5: 120}

for n, f in results.items():
    print(n, f)
    if f % 2 == 0:
        del results[n]
print(results)
