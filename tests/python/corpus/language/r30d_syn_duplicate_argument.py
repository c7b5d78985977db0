# The same parameter name twice in a function definition
def move(x, y, x):
    return x + y


print(move(1, 2, 3))
