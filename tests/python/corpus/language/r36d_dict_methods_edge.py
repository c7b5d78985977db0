# dict methods at their edges: update forms, popitem order, fromkeys sharing and | merging.
d = {"a": 1}
d.update([("b", 2), ("c", 3)], d=4)
d.update({"a": 10})
print(d, d.popitem(), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
for bad in ([("a", 1, 2)], [1, 2], "ab", 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dict(["ab", "cd"]), dict(zip("xy", range(2))), dict(a=1, **{"b": 2}))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)
base = {"color": "red", "size": 1}
print(base | {"size": 2}, {"size": 2} | base)
base |= [("extra", True)]
print(base)
try:
    base | [("k", 1)]
except TypeError as e:
    print("TypeError:", e)
print(list(d), list(d.values()), list(d.items()), d.get("b"), d.get("q", 0))
e = {}
try:
    e.popitem()
except KeyError as err:
    print("KeyError:", err)
nested = {"a": {"b": {"c": 1}}}
print(nested.get("a", {}).get("b", {}).get("c"), nested.get("x", {}).get("y"))
counts = {}
for ch in "hello":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True)[0], max(counts.values()))
print({1: "a"} == {1.0: "a"}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, len({}), bool({0: 0}))
print(dict(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1])))
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2}, {}.fromkeys("ab", 0))
counts["missing"]
