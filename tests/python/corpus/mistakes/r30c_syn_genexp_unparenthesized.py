# A bare generator expression followed by another argument.
words = ["a", "bb", "ccc"]
print(max(len(w) for w in words, 0))
