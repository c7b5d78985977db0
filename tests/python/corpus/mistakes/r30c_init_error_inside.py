# An error raised while building an object in __init__.
class Rectangle:
    def __init__(self, spec):
        w, h = spec.split("x")
        self.w = int(w)
        self.h = int(h)

    def area(self):
        return self.w * self.h

for spec in ["3x4", "5x6", "7by8"]:
    print(spec, Rectangle(spec).area())
