# Dict merge operators, setdefault chains, views as sets and dict comprehension inversions.
defaults = {"host": "localhost", "port": 8080, "debug": False}
user = {"port": 9000, "debug": True, "extra": 1}
print(defaults | user, user | defaults)
cfg = dict(defaults)
cfg |= [("timeout", 3)]
print(cfg)
print(sorted(defaults.keys() & user.keys()), sorted(defaults.keys() - user), sorted(user.keys() ^ defaults.keys()))
print(sorted(defaults.items() & {("port", 8080)}), list(reversed(defaults.values())))
tree = {}
tree.setdefault("a", {}).setdefault("b", []).append(1)
tree.setdefault("a", {}).setdefault("b", []).append(2)
print(tree)
inverse = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(inverse, dict.fromkeys("abc", 0), dict(zip("ab", range(5))))
d = {"one": 1, "two": 2, "three": 3}
print(d.pop("two"), d.pop("nine", None), d.popitem(), d)
keys = d.keys()
d["four"] = 4
print(keys, len(keys), "four" in keys, keys.mapping)
print({**d, "one": "uno"}, dict(d, five=5), {k: v for k, v in sorted(d.items(), reverse=True)})
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(defaults | ["port"])
