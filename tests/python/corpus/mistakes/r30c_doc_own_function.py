# Docstrings of my own functions, one forgotten and one placed after code.
def area(w, h):
    """Return the area of a w by h rectangle."""
    return w * h

def perimeter(w, h):
    total = 2 * (w + h)
    """Return the perimeter."""
    return total

async def fetch():
    "Fetch something."

print(area.__doc__)
print(perimeter.__doc__)
print(fetch.__doc__, fetch.__name__, fetch.__qualname__)
print(area.__doc__.upper())
print(perimeter.__doc__.upper())
