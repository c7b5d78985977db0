import copy

grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)

orig = {"name": "cfg", "tags": ["a", "b"], "nested": {"x": [1, 2]}}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
shallow["tags"].append("c")
shallow["name"] = "changed"
deep["nested"]["x"].append(3)
print(orig)
print(shallow)
print(deep)
print(orig["tags"] is shallow["tags"], orig["tags"] is deep["tags"])
a = [1, [2, 3]]
b = a[:]
c = list(a)
d = a.copy()
b[1].append(4)
print(a, c, d, b is a, b[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc, dc[1] is dc, dc is cyc)
print(copy.copy(3), copy.deepcopy("s"))
