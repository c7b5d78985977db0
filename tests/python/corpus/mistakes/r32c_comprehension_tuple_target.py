# A comprehension producing pairs without parentheses around the pair.
names = ["ann", "bob"]
pairs = [name, len(name) for name in names]
print(pairs)
# (the learner's program ends here)
