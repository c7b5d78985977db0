# a lookup table of lists; I forgot the comma before the next list
rows = [
    [1, 2, 3]
    [4, 5, 6],
]
print(rows)
