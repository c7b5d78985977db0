# adding a label to a slotted Pixel object
class Pixel:
    __slots__ = ("x", "y", "color")
    def __init__(self, x, y, color):
        self.x, self.y, self.color = x, y, color

px = Pixel(1, 2, "red")
px.colour = "blue"
print(px.color)
