# Shallow versus deep copies of nested lists, dicts and objects
import copy

grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
orig = {"a": [1, 2], "b": {"c": [3]}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["a"].append(99)
orig["b"]["c"].append(4)
print(sh, dp, sh["a"] is orig["a"], dp["a"] is orig["a"])


class Node:
    def __init__(self, val):
        self.val = val
        self.children = []

    def __repr__(self):
        return f"Node({self.val}, {self.children})"


root = Node(1)
root.children.append(Node(2))
root.children.append(root.children[0])
clone = copy.deepcopy(root)
print(clone, clone.children[0] is clone.children[1], clone.children[0] is root.children[0])
lst = [1, [2]]
lst.append(lst)
print(copy.deepcopy(lst), lst[:] == lst)
print(copy.copy((1, 2)) is not None, copy.replace if hasattr(copy, "replace") else "no replace")
