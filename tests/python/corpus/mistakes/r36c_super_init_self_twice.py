# calling the parent __init__ through super() and passing self as well
class Shape:
    def __init__(self, name):
        self.name = name

class Square(Shape):
    def __init__(self, side):
        super().__init__(self, "square")
        self.side = side

sq = Square(3)
print(sq.name, sq.side)
