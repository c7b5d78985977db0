# __init__ that makes another instance of its own class: the class call is a level too (RecursionError after 499).
class Tree:
    count = 0

    def __init__(self, depth=0):
        Tree.count += 1
        self.depth = depth
        self.child = Tree(depth + 1)

try:
    Tree()
except RecursionError as e:
    print("levels:", Tree.count, e)
Tree.count = 0
t = Tree()
