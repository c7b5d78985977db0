# Dictionary methods a course covers: setdefault, fromkeys, pop defaults, popitem, | and |=, views
prices = {"apple": 1.2, "pear": 0.8}
print(prices.setdefault("fig", 2.5), prices.setdefault("apple", 0), prices)
print(dict.fromkeys("abc", 0), dict.fromkeys(range(3)))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)
print(prices.pop("pear"), prices.pop("kiwi", "none"), prices.popitem(), prices)
try:
    prices.pop("kiwi")
except KeyError as e:
    print("KeyError:", e)
a = {"k1": 1, "k2": 2}
b = {"k2": 20, "k3": 30}
print(a | b, b | a)
a |= [("k4", 4)]
print(a)
keys = a.keys()
a["k5"] = 5
print(keys, len(keys), keys & {"k1", "zz"} == {"k1"}, keys - {"k1", "k2", "k4"})
print(list(reversed(a)), list(reversed(a.items()))[0])
print(a.get("missing"), a.get("missing", -1), "k1" in a, 1 in a.values())
print({**a, "k1": 100} == dict(a, k1=100), dict(zip("ab", [1, 2]), c=3))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
