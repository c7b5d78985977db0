# __repr__ calling repr(self): repr() is a level of recursion too, as in CPython (RecursionError after 332 calls)
class Point:
    calls = 0

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        Point.calls += 1
        return "Point(" + repr(self) + ")"

try:
    repr(Point(1, 2))
except RecursionError as e:
    print(Point.calls, e)
Point.calls = 0
print([Point(1, 2)])
