# A generator expression passed beside another argument without parentheses.
words = ["alpha", "beta", "gamma"]
print(sum(len(w) for w in words))
print(max(len(w) for w in words, default=0))
# (the learner's program ends here)
