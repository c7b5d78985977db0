# Two starred names in one unpacking assignment.
data = [1, 2, 3, 4, 5]
first, *middle, *rest = data
print(first, middle, rest)
print(len(data))
