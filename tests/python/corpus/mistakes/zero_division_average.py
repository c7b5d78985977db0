# Mistake: the average of an empty list of results.
def average(results):
    return sum(results) / len(results)

print(average([1, 2, 6]))
print(average([]))
