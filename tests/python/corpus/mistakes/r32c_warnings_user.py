# A function that warns about a deprecated argument.
import warnings

def area(w, h=None, square=False):
    if square:
        warnings.warn("square= is deprecated, pass h=w")
        h = w
    return w * h

print(area(2, 3))
print(area(4, square=True))
print(area(5, square=True))
