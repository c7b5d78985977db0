# factorial of the average of the inputs, which is a float
import math

values = [4, 6]
avg = sum(values) / len(values)
print("average", avg)
print(math.factorial(avg))
