# json.dumps of an object of one's own.
import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(json.dumps({"x": 1}))
print(json.dumps(Point(1, 2)))
