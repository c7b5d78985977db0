# markers for nested subscript failure
config = {"db": {"host": "x", "port": 5432}, "cache": {}}
print(config["db"]["port"])
print(config["cache"]["ttl"] + 1)
# (end of the program)
