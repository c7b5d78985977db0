# Sorting a list of mixed numbers and strings.
scores = [10, "7", 3, 12]
print(sorted(scores))
