from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
config = ChainMap(cli, env, defaults)
print(config["color"], config["user"], config["debug"])
print(len(config), sorted(config))
config["color"] = "blue"
print(cli, defaults["color"])
child = config.new_child({"user": "root"})
print(child["user"], child.parents["user"])
print(child.maps[0], len(child.maps))
del child["user"]
print(child["user"])
try:
    del child["color"]
except KeyError as e:
    print("KeyError:", e)
print(dict(config))
print("user" in config, config.get("missing", "n/a"))
scopes = ChainMap()
scopes = scopes.new_child()
scopes["x"] = 1
scopes = scopes.new_child()
scopes["x"] = 2
print(scopes["x"], scopes.parents["x"])
print(ChainMap({"a": 1}, {"a": 2, "b": 3}))
