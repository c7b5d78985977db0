# Mistake: = instead of == in a match guard.
def describe(point):
    match point:
        case (x, y) if x = 0:
            return f"on the y axis at {y}"
        case (x, y):
            return f"at {x}, {y}"

print(describe((0, 3)))
