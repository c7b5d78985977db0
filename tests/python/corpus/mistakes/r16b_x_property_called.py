# A property called like a method
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

r = Rect(2, 3)
print(r.area)
print(r.area())
