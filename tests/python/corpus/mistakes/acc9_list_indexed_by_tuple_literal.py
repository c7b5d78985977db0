# A list literal indexed with a tuple, a comma forgotten between lists.
print("start")

rows = [[1, 2] [0, 1]]
print(rows)
