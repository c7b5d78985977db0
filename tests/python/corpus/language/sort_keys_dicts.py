from operator import itemgetter, attrgetter
from dataclasses import dataclass

scores = {"ann": 91, "bob": 78, "cid": 91, "dee": 85}
print(sorted(scores))
print(sorted(scores.items(), key=itemgetter(1), reverse=True))
print(sorted(scores, key=lambda k: (-scores[k], k)))
print(max(scores.items(), key=lambda kv: kv[1]), min(scores, key=scores.get))
inv = {}
for k, v in scores.items():
    inv.setdefault(v, []).append(k)
print(inv)
print({v: k for k, v in scores.items()})
print(dict(zip("abc", range(3))), dict.fromkeys("xy", 0), {**scores, "eve": 60})

@dataclass(order=True)
class P:
    age: int
    name: str

people = [P(30, "z"), P(25, "y"), P(30, "a")]
print(sorted(people))
print(sorted(people, key=attrgetter("name")))
print(sorted(["b10", "a2", "a10"], key=lambda s: (s[0], int(s[1:]))))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(sorted(set(words)), key=len), sorted(words, key=str.upper)[:3])
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(list(reversed(sorted(counts.items()))))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted((2, 1), key=None))
