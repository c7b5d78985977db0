import copy

class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.cache = {"det": None}
    def __copy__(self):
        print("shallow copy")
        new = Matrix(self.rows)
        return new
    def __deepcopy__(self, memo):
        print("deep copy, memo has", len(memo) > 0 or "nothing")
        return Matrix(copy.deepcopy(self.rows, memo))
    def __repr__(self):
        return f"Matrix({self.rows})"

m = Matrix([[1, 2], [3, 4]])
a = copy.copy(m)
b = copy.deepcopy(m)
m.rows[0][0] = 100
print(a, b)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, [2])
q = copy.copy(p)
q.y.append(3)
print(p, q, q is p)
r = copy.deepcopy(p)
r.y.append(4)
print(p, r)
print(copy.replace if hasattr(copy, "replace") else "no copy.replace in 3.11")
