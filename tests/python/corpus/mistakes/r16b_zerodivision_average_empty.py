# An average of an empty list divides by zero
def average(values):
    return sum(values) / len(values)

print(average([3, 4, 5]))
print(average([]))
