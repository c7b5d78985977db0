import copy

orig = {"name": "cfg", "list": [1, [2, 3]], "nested": {"k": [4]}}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"][1].append(99)
orig["nested"]["k"].append(5)
print(shallow["list"], deep["list"])
print(shallow["nested"], deep["nested"])
print(shallow is orig, shallow["list"] is orig["list"], deep["list"] is orig["list"])
cyc = [1, 2]
cyc.append(cyc)
dup = copy.deepcopy(cyc)
print(dup[2] is dup, dup[2] is cyc, dup)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
class Node:
    def __init__(self, val):
        self.val = val
        self.children = []
        self.parent = None
root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0].val, r2 is root)
t = (1, [2])
t2 = copy.deepcopy(t)
print(t2, t2 is t, copy.deepcopy((1, 2)) is (1, 2) or "same tuple kept")
print(copy.copy(5), copy.deepcopy("s"), copy.copy([1, 2]) == [1, 2])
