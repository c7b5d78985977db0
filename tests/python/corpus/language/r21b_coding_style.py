# tutorial 4.9: a PEP 8 style function and a class with a docstring
class RectangleArea:
    """Compute areas, one method per shape."""

    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        """Return width times height."""
        return self.width * self.height

    def __repr__(self):
        return f'RectangleArea({self.width!r}, {self.height!r})'


def total_area(shapes):
    return sum(shape.area() for shape in shapes)


shapes = [RectangleArea(2, 3), RectangleArea(4.5, 2), RectangleArea(0, 9)]
print(shapes)
print(total_area(shapes))
print(RectangleArea.__doc__, RectangleArea.area.__doc__)
print(RectangleArea.area.__qualname__, RectangleArea.__module__)
print(RectangleArea(1, 2).area.__self__)
