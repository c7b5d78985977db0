# __slots__ saves memory but forbids new attributes; the errors a learner sees
class Pixel:
    __slots__ = ("x", "y", "color")

    def __init__(self, x, y, color="black"):
        self.x, self.y, self.color = x, y, color

    def __repr__(self):
        return f"Pixel({self.x}, {self.y}, {self.color!r})"


class Pixel3D(Pixel):
    __slots__ = ("z",)


p = Pixel(1, 2)
print(p, Pixel.__slots__, hasattr(p, "__dict__"))
q = Pixel3D(0, 0)
q.z = 5
print(q, q.z, Pixel3D.__slots__)
try:
    p.alpha = 0.5
except AttributeError as e:
    print("AttributeError:", e)
del p.color
try:
    print(p.color)
except AttributeError as e:
    print("AttributeError:", e)
print(type(Pixel.x).__name__, getattr(p, "color", "gone"))


class Bad:
    __slots__ = ("a",)
    a = 1
