# A KeyError two subscripts deep in a nested config dict
config = {
    "database": {"host": "localhost", "port": 5432},
    "cache": {"size": 100},
}

print("db host:", config["database"]["host"])
print("cache ttl:", config["cache"]["ttl"])
