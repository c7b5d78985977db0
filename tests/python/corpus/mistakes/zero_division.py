# Mistake: an average of nothing.
def average(values):
    return sum(values) / len(values)

print(average([120, 5040, 6]))
print(average([]))
