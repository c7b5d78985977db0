# Unpacking None into print
def find_all(items, x):
    if x in items:
        return [i for i, v in enumerate(items) if v == x]

print(*find_all([1, 2, 1], 1))
print(*find_all([1, 2, 1], 5))
