# dict views: a type each (dict_keys, dict_values, dict_items), set-like
# comparisons for keys and items, identity for values
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(type(k), type(v), type(i))
print(isinstance(k, type({}.keys())), isinstance(v, type({}.keys())), type(i) is type({}.items()))
print(k == {"a", "b"}, i == {("a", 1), ("b", 2)}, k == d.keys(), i != d.items())
print(v == d.values(), v == v, v != v, [1, 2] == list(v))
print(k & {"a", "z"}, sorted(k | {"z"}), k - {"a"}, i & {("a", 1)})
d["c"] = 3
print(k, v, i, len(k), "c" in k, 3 in v, ("c", 3) in i)
try:
    k[0]
except TypeError as e:
    print("TypeError:", e)
print(sorted(k, reverse=True), list(reversed(list(v))))
