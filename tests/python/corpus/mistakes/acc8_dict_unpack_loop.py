# Unpacking a dict in a for loop without .items().
results = {5: 120, 3: 6, 10: 3628800}
for n, f in results.items():
    print(n, f)
for n, f in results:
    print(n, f)
