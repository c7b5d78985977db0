from dataclasses import dataclass, field, asdict

@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.width < 0 or self.height < 0:
            raise ValueError(f"negative size: {self.width}x{self.height}")
        self.area = self.width * self.height

@dataclass
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

r = Rect(2, 3.5)
print(r, asdict(r))
s = Square(4)
print(s, isinstance(s, Rect))

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(tree)
print(Rect.__eq__(r, Rect(2, 3.5)), r == (2, 3.5, 7.0))
print(Rect.__match_args__)
Rect(-1, 2)
