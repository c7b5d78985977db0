# Dict insertion order after updates and deletions, comparison, copy and nested update pitfalls
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
d["b"] = 10
print(d, list(d))
del d["a"]
d["a"] = 4
print(d)
print({"x": 1, "y": 2} == {"y": 2, "x": 1}, list({"x": 1, "y": 2}) == list({"y": 2, "x": 1}))
base = {"opts": {"v": 1}, "n": 0}
shallow = base.copy()
shallow["opts"]["v"] = 99
shallow["n"] = 5
print(base, shallow)
merged = {**base, "n": 7, "extra": None}
print(merged, dict(base, n=8))
keys = {1: "int", 1.0: "float", True: "bool"}
print(keys, len(keys))
print(dict([("a", 1), ["b", 2]]), dict(a=1) | dict(a=2))
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv, sorted(inv, reverse=True))
print({[]: 1})
