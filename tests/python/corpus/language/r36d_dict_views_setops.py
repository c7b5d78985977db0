# Dictionary views are live and set-like: comparing two configs by their keys and items.
old = {"host": "a", "port": 80, "debug": False}
new = {"host": "b", "port": 80, "tls": True}
print(sorted(old.keys() & new.keys()), sorted(old.keys() - new.keys()), sorted(old.keys() ^ new.keys()))
print(sorted(old.items() & new.items()), sorted(new.items() - old.items()))
print(old.keys() | {"extra"} == {"host", "port", "debug", "extra"})
keys = old.keys()
vals = old.values()
old["new"] = 1
print(len(keys), list(vals)[-1], "new" in keys, ("port", 80) in old.items())
print(keys.isdisjoint(["x", "y"]), keys <= {"host", "port", "debug", "new", "z"})
print(type(keys).__name__, type(old.items()).__name__, type(vals).__name__)
print(keys.mapping["host"], list(reversed(old)), list(reversed(old.items()))[0])
try:
    vals & {1}
except TypeError as e:
    print("TypeError:", e)
print(vals == old.values(), old.keys() == {"host", "port", "debug", "new"})
try:
    for k in old:
        if k == "debug":
            del old[k]
except RuntimeError as e:
    print("RuntimeError:", e)
for k in list(old):
    if isinstance(old[k], bool):
        old.pop(k)
print(old, sorted(old.keys() - "port"))
d = dict.fromkeys("abc", 0)
print(d, d.setdefault("a", 9), d.setdefault("z", 9), d)
keys.mapping["q"] = 1
