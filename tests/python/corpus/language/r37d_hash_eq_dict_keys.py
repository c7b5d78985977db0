# Custom objects as dict keys: __eq__ with __hash__, mutating a key after insertion, and unhashable classes.
class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Coord) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"C({self.x},{self.y})"

grid = {Coord(0, 0): "origin", Coord(1, 2): "tree"}
print(grid[Coord(1, 2)], Coord(0, 0) in grid, len({Coord(1, 1), Coord(1, 1)}))
k = Coord(5, 5)
grid[k] = "rock"
k.x = 6
print(k in grid, Coord(5, 5) in grid, k in list(grid), len(grid))
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__, EqOnly() == 3, EqOnly() != 3)
class Inherit(Coord):
    def __eq__(self, other):
        return super().__eq__(other)
print(Inherit.__hash__ is None, Coord.__hash__ is not None)
print(hash(1) == hash(1.0) == hash(True), {1: "int", 1.0: "float", True: "bool"})
print(hash("") == 0, hash(()) == hash(()), hash(-1), hash(-2))
print({(1, 2): "t", frozenset({1}): "fs"}[frozenset([1])])
for bad in ([1], {1: 2}, EqOnly(), (1, [2])):
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError:", e)
