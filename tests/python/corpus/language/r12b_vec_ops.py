class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a * 3, 3 * a, -a, abs(b))
print(a == Vec(1, 2), a != b, a == (1, 2))
print(2.5 * a)
try:
    print(a + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(a * a)
except TypeError as e:
    print("TypeError:", e)
print(hash(a) if Vec.__hash__ else "unhashable")
print(a - b)
