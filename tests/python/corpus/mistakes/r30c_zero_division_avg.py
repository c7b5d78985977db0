# Averaging an empty list.
def mean(values):
    return sum(values) / len(values)

print(mean([2, 4, 6]))
print(mean([]))
