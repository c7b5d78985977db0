# Inverting dicts (one-to-one and one-to-many), merging with |, and dict methods.
colors = {"red": "#f00", "green": "#0f0", "blue": "#00f"}
print({v: k for k, v in colors.items()})
grades = {"ana": "A", "ben": "B", "cai": "A", "dee": "C", "eve": "B"}
inv = {}
for name, g in grades.items():
    inv.setdefault(g, []).append(name)
print(inv)
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b, "w": 0})
a |= b
print(a)
print(a.pop("x"), a.pop("nope", None), a.popitem(), a)
d = dict.fromkeys("abc", 0)
d.update(b=5, c=[1])
print(d, list(d.keys()), list(d.values()), "b" in d, 5 in d)
print(sorted(grades, key=grades.get), sorted(grades.items(), key=lambda kv: kv[1], reverse=True))
try:
    print(grades["zed"])
except KeyError as e:
    print("KeyError:", e)
for k in list(grades):
    if grades[k] == "B":
        del grades[k]
print(grades, len(grades))
