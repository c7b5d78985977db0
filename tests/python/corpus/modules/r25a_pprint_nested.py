from pprint import pformat, pprint

data = {
    "users": [
        {"name": "ann", "roles": ["admin", "dev"], "age": 31},
        {"name": "bob", "roles": [], "age": 25},
    ],
    "settings": {"theme": "dark", "langs": ("py", "c", "js"), "limits": {"cpu": 2, "mem": 512}},
    "count": 2,
}
print(pformat(data))
print(pformat(data, width=40))
print(pformat(data, width=120))
print(pformat(data, sort_dicts=False, width=60))
pprint(list(range(30)), width=50)
pprint({"z": 1, "a": 2, "m": 3})
pprint(data, depth=2)
pprint(data["users"], indent=4, width=30)
print(pformat("a long string " * 8, width=40))
pprint([[1, 2], [3, 4]], compact=True, width=10)
