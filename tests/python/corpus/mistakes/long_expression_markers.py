# Mistake: a long expression whose division fails: the traceback's markers point at it.
import math

numbers = [1, 2, 3]
print(math.prod(numbers))
result = sum(numbers) + len(numbers) * numbers[0] - numbers.pop() / (numbers[1] - 2)
