# __repr__ using an f-string with !r of self.
class Node:
    def __init__(self, val):
        self.val = val

    def __repr__(self):
        return f"Node({self!r})"

nodes = [Node(1)]
print(nodes)
