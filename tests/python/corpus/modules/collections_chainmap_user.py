# collections.ChainMap (lookups through the maps, new_child, parents, |), UserDict with __missing__ and a __setitem__ of its own, UserList as a stack
from collections import ChainMap, UserDict, UserList
import collections

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {"size": 3}
cfg = ChainMap(cli, env, defaults)
print(cfg, ChainMap, cfg["user"], cfg["color"], cfg.get("x", "-"), len(cfg), list(cfg), dict(cfg))
child = cfg.new_child({"color": "blue"})
child["extra"] = True
print(child.maps[0], child["color"], cfg["color"], child.parents == cfg, "extra" in cfg, sorted(child.items()))
del child["extra"]
try:
    del child["user"]
except KeyError as e:
    print("KeyError:", e)
print(cfg | {"z": 0}, {"a": 1} | ChainMap({"b": 2}), isinstance(cfg, collections.abc.MutableMapping))


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return f"<no {key}>"


d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(d, d["a"], d["zz"], "b" in d, len(d), d.get("c"), list(d.keys()), d == {"a": 1, "b": 2, "c": 3}, type(d.copy()).__name__)
print(UserDict(x=1) | {"y": 2}, UserDict.fromkeys("ab", 0), repr(UserDict()), isinstance(d, dict))


class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
s += [4]
print(s, s.peek(), s[1:], type(s[1:]).__name__, len(s), s == [1, 2, 3, 4], s * 2, [0] + s, 3 in s, s.pop(), s.index(2))
s.sort(reverse=True)
print(s, s.count(2), sorted(Stack([3, 1, 2])), Stack("abc"), s < [9], list(reversed(s)))
print(UserDict.__mro__[1].__name__, UserList.__name__, UserList.__module__)
