# Subtracting a list from a list.
a = [1, 2, 3, 4]
b = [2, 4]
print(a - b)
