# tutorial 5.1.4: nested list comprehensions transposing a matrix
matrix = [
    [1, 2, 3, 4],
    [5, 6, 7, 8],
    [9, 10, 11, 12],
]
print([[row[i] for row in matrix] for i in range(4)])
transposed = []
for i in range(4):
    transposed.append([row[i] for row in matrix])
print(transposed)
transposed = []
for i in range(4):
    transposed_row = []
    for row in matrix:
        transposed_row.append(row[i])
    transposed.append(transposed_row)
print(transposed)
print(list(zip(*matrix)))
print([list(t) for t in zip(*matrix)])
print([[0] * 3 for _ in range(2)])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([[row[i] for row in matrix] for i in range(5)])
