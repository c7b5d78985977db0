from dataclasses import dataclass, field, InitVar

@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        if self.width <= 0 or self.height <= 0:
            raise ValueError(f"bad size {self.width}x{self.height}")
        self.width *= scale
        self.height *= scale
        self.area = self.width * self.height

r = Rectangle(2, 3)
print(r)
print(Rectangle(2, 3, 2.5))
print(hasattr(r, "scale"), Rectangle.scale)

@dataclass
class Square(Rectangle):
    label: str = "sq"
    def __post_init__(self, scale):
        print("Square.__post_init__", scale)
        super().__post_init__(scale)

print(Square(4, 4, 0.5, "tiny"))
try:
    Rectangle(0, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    Rectangle(1, 2, area=5)
except TypeError as e:
    print("TypeError:", e)
Rectangle(-1, 1)
