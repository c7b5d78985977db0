# A missing key deep inside a nested config.
config = {
    "servers": {
        "primary": {"host": "a.example", "ports": [80, 443]},
        "backup": {"host": "b.example", "ports": [8080]},
    }
}
print(config["servers"]["primary"]["ports"][1])
print(config["servers"]["backup"]["port"][0])
