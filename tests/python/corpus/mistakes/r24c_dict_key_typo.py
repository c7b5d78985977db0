config = {"host": "localhost", "port": 8080, "timeout": 5}
print("connecting to", config["host"])
print("on port", config["Port"])
