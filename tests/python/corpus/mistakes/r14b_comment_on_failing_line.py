# Mistake: an IndexError on a line that ends with a comment (the markers stop before the comment).
results = [5, 3, 4]
best = results[0]  # first result
worst = results[len(results)]  # last result, a learner thinks
print(best, worst)
