# A KeyError two subscripts deep.
print("start")

config = {"server": {"host": "x", "port": 80}}
print(config["server"]["host"])
print(config["server"]["timeout"])
