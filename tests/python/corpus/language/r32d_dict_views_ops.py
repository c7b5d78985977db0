# Dictionary views: keys, values, items as live views, set operations and dict merging
stock = {"apple": 3, "pear": 0, "fig": 7}
keys, vals, items = stock.keys(), stock.values(), stock.items()
stock["kiwi"] = 2
print(keys, vals, items)
print(sorted(keys & {"fig", "lime"}), sorted(keys - {"pear"}), keys | {"z"} >= {"z"}, ("fig", 7) in items)
print(list(reversed(stock)), len(vals), 7 in vals, max(stock, key=stock.get))
print({**stock, "apple": 10}, stock | {"pear": 5}, dict(sorted(stock.items(), key=lambda kv: kv[1])))
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d, stock.get("nope", "-"), stock.setdefault("lime", 1), stock.pop("pear"), stock.popitem())
inv = {v: k for k, v in stock.items()}
print(inv, list(zip(stock, stock.values())), stock.keys() == {"apple", "fig", "kiwi", "lime"})
print(type(keys).__name__, type(items).__name__, items.mapping if hasattr(items, "mapping") else None)
for k in stock:
    stock[k + "!"] = 0
