# Unpacking three values into two names
def stats(values):
    return min(values), max(values), sum(values) / len(values)

low, high = stats([3, 8, 4])
print(low, high)
