# Passing a positional argument after a keyword one.
def box(width, height, depth):
    return width * height * depth

print(box(1, height=2, 3))
