# ChainMap for layered settings: defaults, user config and command line overrides
from collections import ChainMap

defaults = {"color": "blue", "size": 10, "verbose": False}
user = {"size": 12}
cli = {"verbose": True}
settings = ChainMap(cli, user, defaults)
print(settings["color"], settings["size"], settings["verbose"])
print(len(settings), sorted(settings), dict(settings) == {**defaults, **user, **cli})
settings["color"] = "red"
print(cli, defaults["color"])
child = settings.new_child({"size": 99})
print(child["size"], child.parents["size"], child.maps[0])
del child["size"]
print(child["size"])
print(ChainMap({"a": 1}, {"a": 2, "b": 3}))
try:
    del settings["size"]
except KeyError as e:
    print("KeyError", e)
