# Dict views are live: keys/values/items, set operations on keys, merging with | and |=
stock = {"apple": 5, "pear": 0, "fig": 12}
keys, vals, items = stock.keys(), stock.values(), stock.items()
print(keys, vals, items)
stock["kiwi"] = 3
del stock["pear"]
print(list(keys), list(vals), len(items))
print(keys & {"fig", "plum"}, keys - {"apple"} == {"fig", "kiwi"}, ("fig", 12) in items)
print(stock | {"fig": 1, "lime": 9})
stock |= {"apple": 50}
print(stock, dict(sorted(stock.items(), key=lambda kv: kv[1])))
print(stock.get("plum"), stock.get("plum", 0), stock.setdefault("plum", 7), stock)
print(stock.pop("kiwi"), stock.pop("nope", "default"), stock.popitem(), stock)
print({v: k for k, v in stock.items()}, dict.fromkeys("ab", []), dict(zip("xy", (1, 2))))
print(list(reversed(stock)), next(iter(stock.values())))
for k in stock:
    stock[k + "!"] = 0
