# list.append given two items.
results = []
for i in range(3):
    results.append(i, i * i)
print(results)
