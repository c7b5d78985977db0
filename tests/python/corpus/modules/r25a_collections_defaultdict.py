from collections import defaultdict

groups = defaultdict(list)
for name in ["ann", "bob", "amy", "bill", "carl"]:
    groups[name[0]].append(name)
print(groups)
print(dict(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
print(nested["x"]["y"], "z" in nested, len(nested))
s = defaultdict(set)
s["a"].add(1)
print(s)
d = defaultdict(None, a=1)
print(d)
print(d["b"])
