# Grouping anagrams with sorted letters as the key, and checking anagram pairs.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "inlets"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key, ws in groups.items():
    if len(ws) > 1:
        print(key, "->", ws)
print("singles:", [ws[0] for ws in groups.values() if len(ws) == 1])

def is_anagram(a, b):
    clean = lambda s: sorted(s.replace(" ", "").lower())
    return clean(a) == clean(b)

for a, b in [("Dormitory", "dirty room"), ("Astronomer", "Moon starer"), ("hello", "world")]:
    print(f"{a!r} / {b!r}: {is_anagram(a, b)}")
from collections import Counter
print(Counter("listen") == Counter("silent"), Counter("aab") - Counter("ab"))
