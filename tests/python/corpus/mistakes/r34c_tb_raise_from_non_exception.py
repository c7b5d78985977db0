# Chaining an error from the value that caused it instead of an exception
def load(config):
    port = config.get("port")
    if not isinstance(port, int):
        raise TypeError("port must be an int") from port
    return port

print(load({"port": 80}))
print(load({"port": "eighty"}))
