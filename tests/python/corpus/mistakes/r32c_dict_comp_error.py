# A dict comprehension dividing by a count that is sometimes zero.
stats = {"a": (10, 2), "b": (5, 0), "c": (9, 3)}
means = {k: s / n for k, (s, n) in stats.items()}
print(means)
# (the learner's program ends here)
