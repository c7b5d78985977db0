# Calling len() on a generator expression.
words = ["a", "bb", "ccc"]
long_words = (w for w in words if len(w) > 1)
print("count:", len(long_words))
# (the learner's program ends here)
