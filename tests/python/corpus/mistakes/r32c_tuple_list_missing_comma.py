# A list of coordinate pairs where one comma between tuples is missing.
points = [
    (0, 0),
    (1, 2)
    (3, 4),
]
for x, y in points:
    print(x + y)
