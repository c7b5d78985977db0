# pprint of nested data: width, depth, sort_dicts, and pformat
from pprint import pprint, pformat

config = {
    "server": {"host": "example.org", "ports": [80, 443, 8080], "tls": {"cert": "/etc/c.pem", "key": "/etc/k.pem"}},
    "users": [{"name": "ann", "roles": ["admin", "dev"]}, {"name": "bob", "roles": []}],
    "debug": False,
    "version": (1, 4, 2),
}
pprint(config)
print("---")
pprint(config, width=40, depth=2)
print("---")
pprint(config["users"], sort_dicts=False, compact=True, width=30)
print(pformat(list(range(30)), width=50))
pprint({"z": 1, "a": 2, "m": {"y": [], "b": {}}})
pprint("a long string " * 8, width=40)
