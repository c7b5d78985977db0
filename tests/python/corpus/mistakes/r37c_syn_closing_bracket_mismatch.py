# a matrix literal where a row is closed with the wrong bracket
grid = [
    [1, 2, 3],
    [4, 5, 6),
    [7, 8, 9],
]
print(sum(map(sum, grid)))
