class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __add__(self, other):
        print("__add__")
        return Bag(self.items + other.items)
    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other.items)
        return self
    def __repr__(self):
        return f"Bag({self.items})"

b1 = Bag([1])
alias = b1
b1 += Bag([2])
print(b1, alias, b1 is alias)
b1 = b1 + Bag([3])
print(b1, alias, b1 is alias)

class NoIadd:
    def __init__(self, n): self.n = n
    def __add__(self, o): return NoIadd(self.n + o)
    def __repr__(self): return f"NoIadd({self.n})"
x = NoIadd(1)
y = x
x += 5
print(x, y, x is y)

t = ([1, 2],)
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)

class Bad:
    def __iadd__(self, o):
        return None
z = Bad()
z += 1
print(z)
