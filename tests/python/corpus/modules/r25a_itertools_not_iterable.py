import itertools

total = 0
for a, b in itertools.product(range(3), 2):
    total += a * b
print(total)
