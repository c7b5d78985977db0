def summarize(values):
    total = 0
    for value in values:
        total += value
    average = total / len(values)
    return averge

print(summarize([2, 4, 6]))
