# A list indexed with a division's result.
print("start")

values = [1, 2, 3, 4]
middle = values[len(values) / 2]
print(middle)
