# A slice bound from a division.
print("start")

values = [1, 2, 3, 4]
half = values[:len(values) / 2]
print(half)
