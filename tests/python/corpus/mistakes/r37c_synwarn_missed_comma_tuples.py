# a list of points, one comma missing between two of them
points = [(0, 0), (1, 2) (3, 4), (5, 6)]
for x, y in points:
    print(x + y)
# (end of the program)
