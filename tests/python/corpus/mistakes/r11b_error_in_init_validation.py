# __init__ checks its arguments and raises; the traceback shows the class call.
class Rectangle:
    def __init__(self, width, height):
        if width <= 0 or height <= 0:
            raise ValueError(f"sides must be positive, got {width}x{height}")
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

shapes = [(2, 3), (4, 5), (0, 1)]
for w, h in shapes:
    r = Rectangle(w, h)
    print(w, h, r.area())
