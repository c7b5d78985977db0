# Nested defaultdicts (a tree), default_factory swapping, __missing__ and converting back to dicts.
from collections import defaultdict
import json

def tree():
    return defaultdict(tree)

t = tree()
t["users"]["ann"]["role"] = "admin"
t["users"]["bob"]["langs"]["py"] = 3
t["groups"]
print(json.dumps(t, sort_keys=True))
def to_dict(d):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(to_dict(t))
counts = defaultdict(int)
for w in "to be or not to be".split():
    counts[w] += 1
print(counts)
print(counts.default_factory, counts["zzz"], "zzz" in counts)
counts.default_factory = None
try:
    counts["missing"]
except KeyError as e:
    print("KeyError", e)
print(counts.get("nope", "dflt"), counts.__missing__ if False else "missing hook")
bag = defaultdict(lambda: "N/A", {"a": "A"})
print(bag["a"], bag["b"], dict(bag))
lists = defaultdict(list)
lists["x"].append(1)
print(lists, repr(defaultdict(set)), defaultdict(int, a=1) | {"b": 2})
print(type(defaultdict(int) | {}).__name__)
defaultdict("not callable")
