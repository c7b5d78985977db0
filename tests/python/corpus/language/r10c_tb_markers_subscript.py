matrix = [[1, 2], [3, 4]]

def cell(m, i, j):
    return m[i][j]

def lookup(table, key):
    return table["users"][key]["name"]

print(cell(matrix, 1, 0))
try:
    cell(matrix, 2, 0)
except IndexError as e:
    print(e)
print(lookup({"users": {7: {"name": "eve"}}}, 7))
lookup({"users": {7: {"name": "eve"}}}, 8)
