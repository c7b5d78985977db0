# Misspelt a local variable inside a function.
def summarize(numbers):
    total_sum = 0
    for n in numbers:
        total_sum += n
    average = total_sum / len(numbers)
    return totl_sum, average

print(summarize([4, 8, 15]))
