# matching points given as tuples; one alternative names its variable differently
def where(p):
    match p:
        case (0, y) | (y2, 0):
            return "on an axis"
        case (x, y):
            return f"at {x},{y}"

print(where((0, 4)))
print(where((2, 3)))
