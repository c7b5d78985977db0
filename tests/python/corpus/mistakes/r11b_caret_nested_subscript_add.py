# A KeyError deep inside an expression: the carets point at one subscript.
config = {
    "db": {"host": "localhost", "port": 5432},
    "cache": {"host": "localhost"},
}
timeout = 30
print(config["db"]["port"] + 1)
limit = config["cache"]["host"].upper() + ":" + str(config["cache"]["port"] + timeout)
print(limit)
