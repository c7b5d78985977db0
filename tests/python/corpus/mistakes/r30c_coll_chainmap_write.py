# ChainMap writes go to the first mapping only; deleting from a later one fails.
from collections import ChainMap
defaults = {"color": "red", "size": 1}
user = {"size": 3}
cfg = ChainMap(user, defaults)
cfg["color"] = "blue"
print(cfg["color"], defaults["color"], user)
del cfg["size"]
print(cfg["size"])
del cfg["size"]
