# Transposing a ragged matrix with a nested comprehension
matrix = [
    [1, 2, 3],
    [4, 5],
    [7, 8, 9],
]
transposed = [[row[i] for row in matrix] for i in range(len(matrix[0]))]
print(transposed)
