# reading a nested config; one level is missing
config = {
    "db": {"primary": {"host": "a", "port": 5432}},
    "cache": {"ttl": 30},
}

def port_of(cfg, name):
    return cfg["db"][name]["port"]

print(port_of(config, "primary"))
print(port_of(config, "replica"))
