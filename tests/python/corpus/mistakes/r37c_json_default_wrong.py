# teaching json.dumps to save my Point objects, with default= returning the object
import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def encode(obj):
    if isinstance(obj, Point):
        return {"x": obj.x, "y": obj.y}
    return obj

print(json.dumps([Point(1, 2)], default=encode))
print(json.dumps({"when": {1, 2}}, default=encode))
