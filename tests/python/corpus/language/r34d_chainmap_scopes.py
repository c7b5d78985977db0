# Simulating nested variable scopes with ChainMap (an interpreter exercise)
from collections import ChainMap

globals_ = {"x": 1, "y": 2}
scope = ChainMap(globals_)
print(scope["x"], len(scope))

inner = scope.new_child({"x": 10})
inner["z"] = 3
print(inner["x"], inner["y"], inner["z"])
print(inner.maps)
print(dict(inner))
print(inner.parents is not None, inner.parents["x"])

del inner["x"]
print(inner["x"])
try:
    del inner["y"]
except KeyError as e:
    print("KeyError:", e)

merged = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(list(merged), list(merged.values()))
print(merged | {"c": 4})
print(repr(ChainMap()))
