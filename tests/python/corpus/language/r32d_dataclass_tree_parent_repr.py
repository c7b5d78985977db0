# Tree nodes as dataclasses with parent pointers: the recursive repr, eq=False, and walking up to the root
from dataclasses import dataclass, field


@dataclass
class Node:
    name: str
    parent: "Node | None" = None
    children: list = field(default_factory=list)

    def add(self, name):
        child = Node(name, self)
        self.children.append(child)
        return child

    def path(self):
        return (self.parent.path() + "/" if self.parent else "") + self.name


root = Node("root")
usr = root.add("usr")
lib = usr.add("lib")
print(lib.path(), [c.name for c in root.children])
print(Node("solo"))
print(usr)


@dataclass(eq=False)
class Leaf:
    v: int


print(Leaf(1) == Leaf(1), Leaf(2) in [Leaf(2)], Node("a") == Node("a"))
print(root == root, repr(lib)[:40])
