# A vector class whose operators handle only some types.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

v = Vec(1, 2)
print(v + Vec(3, 4), v * 3)
for expr in ["v + 1", "1 + v", "3 * v", "v - v", "v < v", "-v", "v * 'ab'", "v @ v", "v == 5"]:
    try:
        print(expr, "=", eval(expr))
    except (TypeError, AttributeError) as e:
        print(expr, "->", type(e).__name__, e)
v += (1, 1)
