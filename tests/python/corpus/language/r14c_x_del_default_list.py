# The mutable default argument gotcha with objects that announce their __del__: shared children, then exit.
class Node:
    made = 0
    def __init__(self, val, children=[]):
        self.val = val
        self.children = children
        Node.made += 1
    def add(self, child):
        self.children.append(child)
        return self
    def __repr__(self):
        return f"Node({self.val})"
    def __del__(self):
        print("freeing", self.val)

root = Node(1).add(Node(2))
other = Node(3)
print(root.children, other.children, root.children is other.children, Node.made)
del other
print("other deleted; shared list still has", Node.__init__.__defaults__[0])
print("the fix: children=None, then self.children = children or []")
