# A slotted dataclass whose method uses zero-argument super()
from dataclasses import dataclass

class Shape:
    def describe(self):
        return "a shape"

@dataclass(slots=True)
class Circle(Shape):
    radius: float

    def describe(self):
        return super().describe() + f" with radius {self.radius}"

print(Circle(2.0))
print(Circle(2.0).describe())
