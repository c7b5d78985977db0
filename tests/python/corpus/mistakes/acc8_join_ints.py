# str.join of a list of ints.
results = [1, 2, 6, 24]
print(", ".join(str(r) for r in results))
print(", ".join(results))
