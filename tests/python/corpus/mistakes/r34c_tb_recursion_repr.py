# A __repr__ that includes the parent, which includes its children...
class Tree:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent:
            parent.children.append(self)

    def __repr__(self):
        return f"Tree({self.name!r}, parent={self.parent!r}, children={self.children!r})"

root = Tree("root")
leaf = Tree("leaf", root)
print(leaf)
