import copy

class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"

tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].val = 40
print(tree)
print(t2)
t3 = copy.copy(tree)
t3.children.append(Node(5))
print(len(tree.children), t3.val is tree.val)

class Tracked:
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        print("__copy__ called")
        return Tracked(self.data)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called, memo size", len(memo))
        return Tracked(copy.deepcopy(self.data, memo))
x = Tracked([1, [2]])
y = copy.copy(x)
z = copy.deepcopy(x)
print(y.data is x.data, z.data is x.data, z.data == x.data)
items = [x, x]
items2 = copy.deepcopy(items)
print(items2[0] is items2[1])

class NoCopy:
    def __deepcopy__(self, memo):
        raise TypeError("NoCopy cannot be deep-copied")
copy.deepcopy({"k": NoCopy()})
