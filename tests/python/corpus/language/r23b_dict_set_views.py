inventory = {"apples": 5, "pears": 0, "plums": 12}
print(inventory.setdefault("kiwis", 3), inventory.setdefault("apples", 100))
print(inventory.pop("pears"), inventory.pop("nope", "missing"))
print(inventory.get("plums"), inventory.get("figs"), inventory.get("figs", 0))
keys = inventory.keys()
vals = inventory.values()
items = inventory.items()
inventory["figs"] = 1
print(keys, vals, items)
print(keys & {"apples", "x"}, sorted(keys - {"apples"}), keys | {"z"} >= {"z"}, ("figs", 1) in items)
print(sorted(inventory, key=inventory.get), max(inventory.items(), key=lambda kv: kv[1]))
print({v: k for k, v in inventory.items()})
merged = {"a": 1} | {"b": 2}
merged |= {"a": 0}
print(merged, dict(sorted(inventory.items())), list(reversed(inventory)))
print(dict.fromkeys(["x", "y"], []), {**inventory, "apples": 0}["apples"])
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
a, b = {1, 2, 3}, {2, 3, 4}
print(a & b, a | b, a - b, a ^ b, a <= {1, 2, 3, 9}, a.isdisjoint({7}))
fs = frozenset("aab")
print(sorted(fs), type(fs | {"c"}).__name__, {fs: 1}[frozenset("ba")])
try:
    inventory.pop("ghost")
except KeyError as e:
    print("KeyError:", e)
try:
    keys[0]
except TypeError as e:
    print("TypeError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
for k in inventory:
    if inventory[k] == 0:
        del inventory[k]
