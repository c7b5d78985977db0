# A function with the same parameter name twice.
def move(x, y, x):
    return (x, y)

print(move(1, 2, 3))
print("moved")
