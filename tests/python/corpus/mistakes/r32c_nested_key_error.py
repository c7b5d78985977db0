# A nested config lookup where the inner key is missing.
config = {"db": {"host": "localhost", "port": 5432}, "cache": {}}

def setting(section, key):
    return config[section][key]

print(setting("db", "port"))
print(setting("cache", "ttl"))
