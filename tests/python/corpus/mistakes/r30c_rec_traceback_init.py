# __init__ that builds another instance of the same class.
class Tree:
    def __init__(self, depth):
        self.depth = depth
        self.child = Tree(depth + 1)

t = Tree(0)
