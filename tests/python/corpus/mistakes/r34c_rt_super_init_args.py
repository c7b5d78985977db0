# Calling super().__init__ without passing the parent's required argument
class Shape:
    def __init__(self, name):
        self.name = name

class Square(Shape):
    def __init__(self, side):
        super().__init__()
        self.side = side

sq = Square(3)
print(sq.name, sq.side)
