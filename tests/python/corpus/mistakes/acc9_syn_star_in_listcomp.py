# * in a list comprehension to flatten lists.
print("start")

nested = [[1, 2], [3]]
flat = [*row for row in nested]
print(flat)
