from collections import ChainMap

defaults = {"color": "red", "size": "M", "debug": False}
user = {"size": "L"}
cli = {"debug": True}
config = ChainMap(cli, user, defaults)
print(config["color"], config["size"], config["debug"])
print(len(config), sorted(config))
print(config)
config["new"] = 1
print(cli)
child = config.new_child({"color": "blue"})
print(child["color"], child.parents["color"])
print(dict(child) == {**defaults, **user, **cli, "new": 1, "color": "blue"})
print(config.maps[1])
del config["size"]
print(config["size"])
del config["size"]
