class DefaultList(dict):
    def __missing__(self, key):
        print(f"  missing {key!r}")
        value = self[key] = []
        return value

d = DefaultList()
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, d.get("zz"), "zz" in d)

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["q"], len(c))

class Env(dict):
    def __init__(self, parent=None, **kw):
        super().__init__(**kw)
        self.parent = parent
    def __missing__(self, key):
        if self.parent is None:
            raise KeyError(f"undefined variable {key}")
        return self.parent[key]
glob = Env(x=1, y=2)
loc = Env(glob, y=20)
print(loc["x"], loc["y"], glob["y"])
print(loc.get("x", "get ignores __missing__"))
print(loc["nope"])
