# Building a dict from strings instead of pairs.
pairs = ["ab", "cd", "efg"]
d = dict(pairs)
print(d)
# (the learner's program ends here)
