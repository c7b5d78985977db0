class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        print(f"eq {self} {other}")
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

d = {Point(1, 2): "a"}
print(d[Point(1, 2)])
print(Point(1, 2) in d)
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s))

class NoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v

print(NoHash.__hash__)
print(NoHash(1) == NoHash(1), NoHash(1) != NoHash(2))
try:
    {NoHash(1)}
except TypeError as e:
    print(e)
try:
    d[NoHash(3)] = 1
except TypeError as e:
    print(e)
print(hash(1) == hash(1.0) == hash(True))
print({1: "int", 1.0: "float", True: "bool"})
