# A tiny variable-scope model for an interpreter using ChainMap.new_child, parents and maps.
from collections import ChainMap

globals_ = {"x": 1, "print": "builtin"}
scope = ChainMap(globals_)
def enter(scope, **local):
    return scope.new_child(local)

f = enter(scope, y=2)
g = enter(f, x=10)
print(g["x"], g["y"], g.parents["x"], len(g), sorted(g))
g["z"] = 3
print(g.maps)
del g["x"]
print(g["x"])
try:
    del g["y"]
except KeyError as e:
    print("KeyError", e)
print(g.parents.parents is not None, g.parents.parents.maps == [globals_])
print(dict(g), list(ChainMap({"a": 1}, {"b": 2, "a": 3}).items()))
merged = ChainMap({}, {"k": 1}) | {"k": 2, "n": 5}
print(merged, type(merged).__name__)
print(repr(ChainMap()), bool(ChainMap({})), ChainMap({}, {"a": 0}).get("a"))
print(ChainMap({"a": 1}).new_child().maps, g.new_child(m={"q": 9})["q"])
