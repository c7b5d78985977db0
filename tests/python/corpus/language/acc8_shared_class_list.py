# A class-level list shared by every instance (a gotcha), and the fix.
class Bad:
    items = []
    def add(self, x):
        self.items.append(x)

class Good:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)

a, b = Bad(), Bad()
a.add(1); b.add(2)
print(a.items, b.items, a.items is b.items)
c, d = Good(), Good()
c.add(1); d.add(2)
print(c.items, d.items)
print(Bad.__dict__["items"], "items" in vars(a))
