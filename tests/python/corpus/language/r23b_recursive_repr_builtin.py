a = [1, 2]
a.append(a)
print(a, len(a))
d = {"self": None}
d["self"] = d
print(d)
print([a, {"x": a}])

class Tree:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f"Tree({self.name!r}, {self.children!r})"
root = Tree("root")
root.children.append(Tree("leaf"))
root.children.append(root.children)
print(root)

class Naive:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return f"Naive({self.me!r})"
repr(Naive())
