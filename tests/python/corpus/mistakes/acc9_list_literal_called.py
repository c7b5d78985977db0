# Two lists side by side without a comma: the first one is called.
matrix = [
    [1, 2]
    [3, 4]
]
print(matrix)
