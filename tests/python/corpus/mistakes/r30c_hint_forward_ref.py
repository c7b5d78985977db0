# Annotating a method with its own class before the class exists.
class Vector:
    def __init__(self, x: float, y: float):
        self.x, self.y = x, y

    def add(self, other: Vector) -> Vector:
        return Vector(self.x + other.x, self.y + other.y)

print(Vector(1, 2).add(Vector(3, 4)).x)
