# Customising copy.copy and copy.deepcopy with __copy__, __deepcopy__ and memo.
import copy

class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def __copy__(self):
        print(f"shallow copy of {self.name}")
        new = Node(self.name + "'")
        new.children = self.children
        return new

    def __deepcopy__(self, memo):
        print(f"deep copy of {self.name}")
        new = Node(self.name + "*")
        memo[id(self)] = new
        new.children = copy.deepcopy(self.children, memo)
        new.parent = copy.deepcopy(self.parent, memo)
        return new

root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
s = copy.copy(root)
print(s.name, s.children is root.children)
d = copy.deepcopy(root)
print(d.name, [c.name for c in d.children], d.children[0].parent is d)
print(d.children[0].children[0].parent.name)
shared = [1, 2]
data = {"x": shared, "y": shared, "t": (shared,)}
dc = copy.deepcopy(data)
print(dc["x"] is dc["y"], dc["t"][0] is dc["x"], dc["x"] is shared)
tup = (1, "a", (2,))
print(copy.deepcopy(tup) is tup, copy.copy([tup])[0] is tup)
print(copy.replace if hasattr(copy, "replace") else "no copy.replace in 3.11")
