# Keeping debug output short with reprlib, and guarding __repr__ against recursion.
import reprlib

print(reprlib.repr(list(range(100))))
print(reprlib.repr("x" * 100))
print(reprlib.repr({i: str(i) for i in range(20)}))
print(reprlib.repr(set(range(30))), reprlib.repr(tuple("abcdefghij")))
print(reprlib.repr([[1, [2, [3, [4, [5]]]]]]))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
r.maxlevel = 2
print(r.repr(list(range(10))), r.repr("abcdefghijklmnopqrstuvwxyz"), r.repr([[[[1]]]]))
print(r.repr(10 ** 50), reprlib.repr(10 ** 50))

class Graph:
    def __init__(self, name):
        self.name = name
        self.edges = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Graph({self.name}, {self.edges})"

g = Graph("a")
h = Graph("b")
g.edges.append(h)
h.edges.append(g)
print(g)
print(h)
loop = [1]
loop.append(loop)
print(loop, reprlib.repr(loop))
d = {}
d["self"] = d
print(d)
