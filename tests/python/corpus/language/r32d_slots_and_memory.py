# __slots__ to restrict attributes, with inheritance, defaults via class attributes and errors
class Pixel:
    __slots__ = ("x", "y", "color")

    def __init__(self, x, y, color="black"):
        self.x, self.y, self.color = x, y, color

    def __repr__(self):
        return f"Pixel({self.x}, {self.y}, {self.color!r})"


class AlphaPixel(Pixel):
    __slots__ = ("alpha",)

    def __init__(self, *a, alpha=1.0, **kw):
        super().__init__(*a, **kw)
        self.alpha = alpha


class Loose(Pixel):
    pass


p = AlphaPixel(1, 2, alpha=0.5)
print(p, p.alpha, Pixel.__slots__, AlphaPixel.__slots__, hasattr(p, "__dict__"))
lo = Loose(0, 0)
lo.extra = "fine"
print(lo.__dict__, type(Pixel.x).__name__)
q = Pixel(3, 4)
del q.color
try:
    print(q.color)
except AttributeError as e:
    print("AttributeError:", e)
q.z = 1
