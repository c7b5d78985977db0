# A bracket closed by a parenthesis
print("== mismatched brackets ==")

matrix = [[1, 2], [3, 4)]
print(matrix)
