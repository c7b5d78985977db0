import copy

grid = [[0] * 3 for _ in range(2)]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0][0] = 9
print(grid, shallow, deep)
print(shallow is grid, shallow[0] is grid[0], deep[0] is grid[0])
bad = [[0] * 3] * 2
bad[0][1] = 5
print(bad)
cfg = {"name": "x", "opts": {"a": [1, 2]}}
c2 = copy.deepcopy(cfg)
c2["opts"]["a"].append(3)
print(cfg, c2)

class Node:
    def __init__(self, val):
        self.val = val
        self.children = []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"

root = Node(1)
root.children.append(Node(2))
r2 = copy.deepcopy(root)
r3 = copy.copy(root)
r2.children[0].val = 20
r3.children.append(Node(3))
print(root, r2, r3, sep="\n")
loop = [1]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc, lc[1] is lc)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is (1, 2))
