# a hashable Point whose __hash__ returns the distance
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

print(Point(3, 4) == Point(3, 4))
seen = {Point(3, 4)}
print(len(seen))
