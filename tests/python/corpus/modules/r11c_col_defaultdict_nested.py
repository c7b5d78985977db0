from collections import defaultdict
import json

def tree():
    return defaultdict(tree)

t = tree()
t["animals"]["mammals"]["dog"] = "woof"
t["animals"]["birds"]["owl"] = "hoot"
t["plants"]["trees"]["oak"] = "..."
print(json.dumps(t, sort_keys=True))

sales = defaultdict(lambda: defaultdict(int))
records = [("north", "apples", 3), ("south", "pears", 5), ("north", "pears", 2), ("north", "apples", 4)]
for region, item, qty in records:
    sales[region][item] += qty
for region in sorted(sales):
    print(region, dict(sales[region]))
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups))
print(groups["z"], len(groups))
d = defaultdict(set)
d["a"].add(1); d["a"].add(1); d["b"].add(2)
print(sorted(d.items()))
plain = defaultdict(None, {"k": 1})
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
print(repr(defaultdict(int, {"x": 1})))
print(defaultdict(list).default_factory)
