# Grouping with defaultdict(list), counting with defaultdict(int), and nested defaultdicts
from collections import defaultdict

people = [("ana", "eng"), ("bo", "ops"), ("cy", "eng"), ("di", "hr"), ("ed", "ops")]
by_dept = defaultdict(list)
for name, dept in people:
    by_dept[dept].append(name)
print(by_dept)
print(dict(by_dept))

counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))

tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "x" in t, len(t["a"]))
d = defaultdict(None, k=1)
print(d.default_factory, d["k"])
d["missing"]
