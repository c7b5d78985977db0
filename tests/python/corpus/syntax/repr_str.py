# __repr__ and __str__, and where each is used; __eq__, __lt__ and __len__.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
    def __str__(self):
        return f'({self.x}, {self.y})'
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

class OnlyRepr:
    def __repr__(self):
        return '<OnlyRepr>'

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, item):
        return item in self.items
    def __iter__(self):
        return iter(self.items)

p = Point(1, 'two')
print(p)
print(repr(p), str(p))
print([p, Point(3, 4)])
print(f'{p} {p!r}')
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point(1, 2) + Point(10, 20))
bag = Bag('a', 'b')
print(len(bag), 'a' in bag, 'z' in bag, list(bag), bool(Bag()))
print('%s and %r' % (p, p))
