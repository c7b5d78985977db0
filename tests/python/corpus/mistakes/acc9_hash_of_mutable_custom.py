# An object with __eq__ but no __hash__ used as a dict key.
class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return self.x == other.x

cache = {}
cache[Point(1)] = "one"
