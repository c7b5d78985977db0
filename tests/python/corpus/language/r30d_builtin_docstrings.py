# Reading documentation at runtime: __doc__ of built-ins and of one's own functions and classes
def area(w, h):
    """Return the area of a w-by-h rectangle.

    Both sides must be non-negative.
    """
    return w * h


class Shape:
    "A shape."


print(area.__doc__)
print(Shape.__doc__, Shape().__doc__, (lambda: 0).__doc__)
print(len.__doc__)
print(abs.__doc__)
print(str.upper.__doc__)
print(list.append.__doc__)
print(int.__doc__.splitlines()[0])
print(print.__doc__.splitlines()[0])
