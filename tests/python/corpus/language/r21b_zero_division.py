# tutorial 8.2: an uncaught ZeroDivisionError with its traceback
def average(values):
    return sum(values) / len(values)
print(average([1, 2, 3]))
print(10 * (1/0))
