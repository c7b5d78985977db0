# Sorting a list of mixed numbers and strings.
# (kept short on purpose: the mistake is the point)
#
scores = [10, "7", 3, 12]
print(sorted(scores))
