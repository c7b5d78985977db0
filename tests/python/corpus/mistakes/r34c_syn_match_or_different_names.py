# An or-pattern where the alternatives bind different names
def area(shape):
    match shape:
        case ("square", side) | ("rect", width, height):
            return "four sides"
        case _:
            return "unknown"

print(area(("square", 2)))
