# In-place operators: __iadd__ on a mutable class, fallback to __add__, and lists vs tuples
class Basket:
    def __init__(self, items=()):
        self.items = list(items)

    def __add__(self, other):
        print("  __add__")
        return Basket(self.items + list(other.items))

    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other.items if isinstance(other, Basket) else other)
        return self

    def __repr__(self):
        return f"Basket({self.items})"


class Frozen:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Frozen(self.n + other)


a = Basket(["apple"])
alias = a
a += Basket(["pear"])
a += ["fig"]
print(a, alias is a)
b = a + Basket(["kiwi"])
print(b, b is a)
f = Frozen(1)
g = f
f += 5
print(f.n, g.n, f is g)
lst = [1]
tup = (1,)
lst2, tup2 = lst, tup
lst += [2]
tup += (2,)
print(lst2, tup2, lst, tup)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e, t)
f -= 1
