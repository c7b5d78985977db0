# Dict operations learners use.
ages = {"ann": 31, "bob": 25}
ages["cid"] = 40
print(ages, len(ages), "bob" in ages, 25 in ages)
print(ages.get("dan"), ages.get("dan", 0), ages.setdefault("eve", 22), ages)
print(list(ages.keys()), list(ages.values()), list(ages.items())[:2])
print(ages.pop("ann"), ages.pop("zed", None), ages.popitem(), ages)
ages.update(fay=50, bob=26); ages.update([("gus", 1)])
print(ages)
merged = ages | {"hal": 7}
print(merged, {**ages, "bob": 0})
print({k: v for k, v in sorted(ages.items(), key=lambda kv: kv[1])})
print(dict.fromkeys("abc", 0), dict(zip("xy", [1, 2])), dict(a=1, b=2))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
for key, value in ages.items():
    print(f"{key}: {value}", end="; ")
print()
del ages["gus"]
print(ages == {"bob": 26, "cid": 40, "fay": 50}, ages)
try:
    del ages["nobody"]
except KeyError as e:
    print("KeyError", e, repr(e))
