# A bracket closed by a parenthesis
matrix = [[1, 2], [3, 4)]
print(matrix)
