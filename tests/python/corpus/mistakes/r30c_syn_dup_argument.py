# The same parameter name twice.
def point(x, y, x):
    return (x, y)

print(point(1, 2, 3))
