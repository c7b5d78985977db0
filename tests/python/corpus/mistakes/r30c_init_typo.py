# __init__ spelled with single underscores.
class Point:
    def _init_(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x)
