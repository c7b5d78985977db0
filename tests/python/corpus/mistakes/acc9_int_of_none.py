# int() of a missing dict value.
config = {"port": "80"}
port = int(config.get("port"))
timeout = int(config.get("timeout"))
print(port, timeout)
