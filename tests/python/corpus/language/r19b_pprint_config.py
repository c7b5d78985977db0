# Pretty-printing a nested configuration and inventory with pprint
from pprint import pprint, pformat, PrettyPrinter
from collections import OrderedDict, defaultdict, Counter, deque

config = {
    "app": {"name": "shop", "version": (1, 4, 2), "debug": False},
    "database": {"host": "db.local", "port": 5432, "replicas": ["r1.local", "r2.local", "r3.local"], "timeout": 2.5},
    "features": {"search": True, "recommendations": {"enabled": True, "model": "v2", "weights": [0.1, 0.25, 0.65]}},
    "admins": [{"name": "ann", "perms": ["read", "write", "admin"]}, {"name": "bob", "perms": ["read"]}],
}
pprint(config)
pprint(config, width=60, sort_dicts=False)
pprint(config, depth=2)
pprint(config["admins"], indent=4, width=40)
pp = PrettyPrinter(width=30, compact=True)
pp.pprint(list(range(25)))
pp.pprint({"matrix": [[i * j for j in range(5)] for i in range(4)]})
print(pformat(["x" * 30, "y" * 30, "z" * 10]))
long_text = {"text": "lorem ipsum dolor sit amet " * 4}
pprint(long_text, width=50)
pprint(OrderedDict([("b", 1), ("a", [1, 2])]))
dd = defaultdict(list, {"k": [1, 2], "j": []})
pprint(dd)
pprint(Counter("mississippi"))
pprint(deque(range(30), maxlen=40))
pprint((1, (2, (3, (4, (5,))))), depth=3)
pprint([{1, 2, 3}, frozenset([9, 8]), (), [], {}], width=20)
pprint({(2, "b"): None, (1, "z"): 1.5e-10, (1, "a"): -0.0})
nested = [1, [2, [3, [4, [5, [6, [7]]]]]]]
pprint(nested, width=10)
