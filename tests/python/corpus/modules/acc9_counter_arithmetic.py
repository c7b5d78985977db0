# collections.Counter: arithmetic, most_common ties, update/subtract, comparisons, fromkeys error.
from collections import Counter
a = Counter("mississippi")
b = Counter({"s": 2, "p": 5, "z": 1})
print(a, a.most_common(), a.most_common(2), a.most_common(0))
print(a + b, a - b, b - a, a & b, a | b)
print(-Counter(x=-2, y=3), +Counter(x=-2, y=0, z=1), a["q"], len(a), a.total())
c = Counter(cats=4, dogs=8)
c.update({"cats": 1}, fish=2)
c.subtract(["dogs", "dogs"])
print(c, sorted(c.elements()), list(c.keys()))
c["dogs"] = 0
print(c, Counter(c), c == Counter(cats=5, fish=2), Counter(a=1) <= Counter(a=2, b=1), Counter() == Counter(x=0))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
words = "the cat and the hat and the bat".split()
for word, n in Counter(words).most_common(3):
    print(f"{word:<5}{n:>3}")
print(repr(Counter()), Counter("aab") + Counter(), dict(Counter("ba")))
