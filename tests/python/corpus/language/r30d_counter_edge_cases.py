# Counter details: ties in most_common, zero and negative counts, comparisons, and unary plus/minus
from collections import Counter

c = Counter("abracadabra")
print(c.most_common(), c.most_common(2), c.most_common()[:-3:-1])
d = Counter(a=2, b=0, c=-1)
print(d, +d, -d, d == Counter(a=2), Counter(a=0) == Counter(), Counter(a=1) <= Counter(a=2, b=1))
print(list(d.elements()), d.total(), Counter({"x": 1}) | Counter({"x": 3, "y": 1}))
e = Counter()
e["missing"] += 1
e.update({"missing": 2}, other=5)
print(e, e["nothing"], "nothing" in e, len(e))
votes = Counter(["red", "blue", "red", "green", "blue", "red"])
winner, count = votes.most_common(1)[0]
print(f"{winner} wins with {count}/{votes.total()} ({count / votes.total():.0%})")
print(Counter("aab") - Counter("abc"), Counter("aab").subtract("abc"))
print(sorted(Counter(words := "to be or not to be".split()).items()), len(words))
print(Counter([[1]]))
