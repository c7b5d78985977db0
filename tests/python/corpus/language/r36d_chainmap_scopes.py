# Modelling nested variable scopes with collections.ChainMap.
from collections import ChainMap

builtins = {"print": "<builtin>", "len": "<builtin>"}
globals_ = {"x": 1, "name": "module"}
scope = ChainMap(globals_, builtins)
fn = scope.new_child({"x": 10, "y": 2})
inner = fn.new_child()
inner["z"] = 3
print(inner["x"], inner["len"], inner["z"])
print(list(inner.keys()))
print(len(inner), dict(inner) == {**builtins, **globals_, "x": 10, "y": 2, "z": 3})
print(inner.maps[0], inner.parents.maps[0])
del inner["z"]
try:
    del inner["x"]
except KeyError as e:
    print("KeyError:", e)
inner["x"] = 99
print(fn["x"], inner["x"], inner.maps[0])
print(inner.get("nope", "default"), "print" in inner)
print(repr(ChainMap({"a": 1}, {"b": 2})))
merged = ChainMap({"a": 1}) | {"b": 2}
print(merged, type(merged).__name__)
cfg = ChainMap({}, {"debug": False, "level": 1})
cfg["debug"] = True
print(cfg.maps)
print(inner.pop("x"), inner.maps[0])
