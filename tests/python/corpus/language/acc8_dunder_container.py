# A container class with __len__, __getitem__, __iter__, __contains__, __add__.
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __add__(self, other):
        return Bag(*self.items, *other.items)
    def __repr__(self):
        return f"Bag{tuple(self.items)}"
    def __bool__(self):
        return bool(self.items)
    def __lt__(self, other):
        return len(self) < len(other)

b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], b[1:], 2 in b, 9 in b, list(b), b + Bag(4))
print(bool(Bag()), sorted([Bag(1, 2), Bag(), Bag(5)]), max(Bag(1), Bag(1, 2)))
for x in b:
    print(x, end=" ")
print()
print(b[5])
