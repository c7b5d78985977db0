# Reading a value deep inside nested JSON-like data with a wrong key
settings = {
    "server": {"ports": {"http": 80, "https": 443}},
    "workers": [{"name": "a"}, {"name": "b"}],
}
print(settings["server"]["ports"]["http"])
print(settings["workers"][1]["name"])
print(settings["server"]["port"]["https"])
