# using my Point objects as dict keys; __hash__ hashes the list of coordinates
class Point:
    def __init__(self, *coords):
        self.coords = list(coords)
    def __eq__(self, other):
        return self.coords == other.coords
    def __hash__(self):
        return hash(self.coords)

seen = {}
seen[Point(1, 2)] = "start"
print(seen)
