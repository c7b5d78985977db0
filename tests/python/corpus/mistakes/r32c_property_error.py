# A property whose getter refers to an attribute that was never set.
class Rectangle:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.height

r = Rectangle(2, 3)
print(r.w, r.h)
print(r.area)
