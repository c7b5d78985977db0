# Layered configuration with ChainMap: defaults, file settings and command-line overrides
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
settings = {"user": "admin"}
cli = {"debug": True}
config = ChainMap(cli, settings, defaults)
print(config["color"], config["user"], config["debug"])
print(len(config), sorted(config))
config["color"] = "blue"
print(cli, defaults["color"])
child = config.new_child({"user": "root"})
print(child["user"], child.parents["user"], child.maps[0])
print(dict(config))
del config["color"]
print(config["color"])
del config["user"]
