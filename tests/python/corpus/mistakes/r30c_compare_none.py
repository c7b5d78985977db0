# Comparing None with a number when finding a maximum.
best = None
for x in [4, 9, 2]:
    if x > best:
        best = x
print(best)
