# passing self to super().__init__ like I do with the parent's name
class Shape:
    def __init__(self, name):
        self.name = name

class Square(Shape):
    def __init__(self, side):
        super().__init__(self, "square")
        self.side = side

print(Square(3).name)
