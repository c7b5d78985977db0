from reprlib import recursive_repr
import reprlib

a = [1, 2]
a.append(a)
print(a, len(a))
d = {"self": None}
d["self"] = d
print(d)
nested = [a, {"x": a}]
print(nested)

class Tree:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
    @recursive_repr()
    def __repr__(self):
        return f"Tree({self.name!r}, parent={self.parent!r}, children={self.children!r})"

root = Tree("root")
leaf = root.add(Tree("leaf"))
print(root)
print(leaf)
print(reprlib.repr(list(range(100))))
print(reprlib.repr("x" * 100))
print(reprlib.repr({i: str(i) for i in range(10)}))
r = reprlib.Repr()
r.maxlist = 3
print(r.repr([1, 2, 3, 4, 5]))

class Naive:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return f"Naive({self.me!r})"
repr(Naive())
