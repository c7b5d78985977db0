# Missing comma between tuples in a list makes a call.
points = [
    (0, 0)
    (1, 1),
]
print(points)
