# Average of an empty list of scores.
def average(scores):
    return sum(scores) / len(scores)

classes = {"A": [90, 80], "B": []}
for name, scores in classes.items():
    print(name, average(scores))
