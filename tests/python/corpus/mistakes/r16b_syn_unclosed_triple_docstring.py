# A docstring whose closing triple quotes are missing
def area(w, h):
    """Return the area of a rectangle.
    return w * h

print(area(2, 3))
