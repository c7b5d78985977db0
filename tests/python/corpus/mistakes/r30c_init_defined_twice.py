# Two __init__ methods in one class: only the last one counts.
class Point:
    def __init__(self):
        self.x = self.y = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y

print(vars(Point(1, 2)))
print(vars(Point()))
