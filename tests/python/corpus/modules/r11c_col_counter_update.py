from collections import Counter

inventory = Counter(apples=5, pears=2)
shipment = {"apples": 3, "kiwis": 7}
inventory.update(shipment)
inventory.update(["pears", "pears", "plums"])
print(inventory)
sold = Counter(apples=6, kiwis=10)
inventory -= sold
print(inventory)
print(sorted(inventory))
for fruit, n in sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{fruit:<8}{n:>3}")
votes = Counter()
for v in "ABBACABCAB":
    votes[v] += 1
winner, count = votes.most_common(1)[0]
print(winner, count)
print(dict(votes))
print(votes.keys() | {"D"} == {"A", "B", "C", "D"})
print(Counter("aab") < Counter("aabb"), Counter("ab") <= Counter("ab"))
print(Counter(a=1) == Counter(a=1, b=0))
print(max(votes, key=votes.get))
