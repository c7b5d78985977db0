# A class with a misspelt __init__, so it takes no arguments
class Point:
    def __int__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x)
