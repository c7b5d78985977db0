# KeyErrors with keys of different types, and how they print.
d = {"a": 1, 2: "two", (1, 2): "pair"}
for k in ["b", 3, (2, 1), "", None, 2.5, ("x",), "it's", 'say "hi"', frozenset()]:
    try:
        d[k]
    except KeyError as e:
        print(repr(e), "|", e, "|", e.args)
class Ids(dict):
    def __missing__(self, key):
        raise KeyError(f"unknown id {key}")
ids = Ids(x=1)
try:
    ids["y"]
except KeyError as e:
    print(e)
from collections import Counter, defaultdict
print(Counter("aab")["z"], defaultdict(list)["k"])
empty = {}
empty["missing key"]
