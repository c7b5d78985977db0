# A bare generator expression followed by another argument.
# (kept short on purpose: the mistake is the point)
#
words = ["a", "bb", "ccc"]
print(max(len(w) for w in words, 0))
