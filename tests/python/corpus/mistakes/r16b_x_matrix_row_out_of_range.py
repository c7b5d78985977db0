# A matrix transposed, then a row past its end
print("== matrix row out of range ==")
matrix = [[1, 2], [3, 4]]
print([row[0] for row in matrix], [[r[i] for r in matrix] for i in range(2)])
print(matrix[2][0])
