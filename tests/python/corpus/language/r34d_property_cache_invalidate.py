# A rectangle whose area is cached and invalidated when a side changes
class Rect:
    def __init__(self, w, h):
        self._w, self._h = w, h
        self._area = None
        self.computed = 0

    @property
    def w(self):
        return self._w

    @w.setter
    def w(self, value):
        if value <= 0:
            raise ValueError(f"width must be positive, got {value!r}")
        self._w = value
        self._area = None

    @property
    def area(self):
        if self._area is None:
            self.computed += 1
            self._area = self._w * self._h
        return self._area

r = Rect(3, 4)
print(r.area, r.area, r.computed)
r.w = 10
print(r.area, r.computed)
try:
    r.w = -2
except ValueError as e:
    print("error:", e)
try:
    r.area = 5
except AttributeError as e:
    print("AttributeError:", e)
del r.w
