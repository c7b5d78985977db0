# Tuples in a list missing a comma between them.
print("start")

points = [(0, 0) (1, 2)]
print(points)
