# A docstring opened with three quotes but closed with two.
def area(w, h):
    """Return the area of a rectangle.""
    return w * h

def perimeter(w, h):
    return 2 * (w + h)

print(area(3, 4), perimeter(3, 4))
