class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


moves = [Vector(1, 2), Vector(3, 4), Vector(-1, 0)]
print(moves[0] + moves[1])
print(sum(moves, Vector(0, 0)))
print(sum(moves))
