from pprint import pprint, pformat

data = {
    "users": [
        {"name": "ann", "roles": ["admin", "dev"], "meta": {"age": 31, "langs": ["py", "js", "c"]}},
        {"name": "bob", "roles": [], "meta": {"age": 25, "langs": []}},
    ],
    "version": (1, 2, 3),
    "flags": {"z": True, "a": False},
}
pprint(data)
pprint(data, width=40, sort_dicts=False)
pprint(data, depth=2)
print(pformat(list(range(30)), width=30))
pprint({"short": 1})
pprint(["x" * 30, "y" * 30, "z" * 30])
pprint(tuple(range(3)), indent=4)
