from collections import ChainMap, UserDict, UserList

defaults = {"color": "red", "size": "M", "debug": False}
env = {"debug": True}
cli = {"size": "L"}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["size"], cfg["debug"], len(cfg), sorted(cfg))
cfg["color"] = "blue"
print(cli, defaults["color"])
child = cfg.new_child({"size": "XL"})
print(child["size"], child.parents["size"], child.maps[0])
del cfg["color"]
try:
    del cfg["debug"]
except KeyError as e:
    print("KeyError:", e)
print(dict(cfg))

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __missing__(self, key):
        return f"<no {key}>"

d = LowerDict({"Name": "ann"})
d["AGE"] = 30
print(d, d["name"], d["Age"], "age" in d, d["zip"])
d.update(City="Oslo")
print(dict(d), d.data is not d, isinstance(d, dict))

class Stack(UserList):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), s + [4], type(s + [4]).__name__, s[1:], type(s[1:]).__name__)

class Missing(dict):
    def __missing__(self, key):
        self[key] = len(self)
        return self[key]
m = Missing()
print(m["a"], m["b"], m["a"], m, m.get("zz"))
Stack().peek()
