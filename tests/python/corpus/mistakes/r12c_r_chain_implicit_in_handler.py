# An error in an except block: both tracebacks, joined by "During handling".
def average(values):
    try:
        return sum(values) / len(values)
    except ZeroDivisionError:
        print("empty list, using the first value")
        return values[0]

print(average([2, 4]))
print(average([]))
