# Sorting a list that mixes numbers and strings.
data = [5, "3", 1, "10"]
print(sorted(data))
# (the learner's program ends here)
# (the learner's program ends here)
