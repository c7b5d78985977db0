# Defining __eq__ makes instances unhashable unless __hash__ is defined too
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f'P({self.x},{self.y})'

class HPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))

print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point(1, 2) == (1, 2))
print(Point.__hash__, len({HPoint(1, 2), HPoint(1, 2), HPoint(0, 0)}))
print({HPoint(1, 2): 'a'}[HPoint(1, 2)], HPoint(3, 4) in [Point(3, 4)])
s = {Point(1, 2)}
