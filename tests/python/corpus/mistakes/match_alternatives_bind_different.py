def area(shape):
    match shape:
        case ("square", side) | ("rect", w, h):
            return 0
        case _:
            return -1

print(area(("square", 2)))
