# How __eq__ and __hash__ decide dict keys and set membership.
class Plain:
    pass

class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return isinstance(other, EqOnly) and self.v == other.v

class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, other): return (self.x, self.y) == (other.x, other.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P({self.x},{self.y})"

print(EqOnly.__hash__, Plain.__hash__ is object.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(2, 1) in pts)
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len({0, 0.0, False, -0.0}))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0.5) == hash(0.5))
p = Point(0, 0)
store = {p: "origin"}
p.x = 5
print(store.get(p), store.get(Point(0, 0)), list(store))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
for bad in ([1], {1: 2}, {1}, (1, [2])):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
print(hash(None) == hash(None), hash("") , hash(()) == hash(()))
class Sub(Point):
    def __eq__(self, other): return False
print(Sub.__hash__)
