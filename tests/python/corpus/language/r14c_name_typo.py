# A variable misspelt inside a function: NameError with "Did you mean" after some output.
def average(numbers):
    total = 0
    for n in numbers:
        total += n
    return totl / len(numbers)

values = [3, 5, 8]
print("values:", values)
print("average:", average(values))
