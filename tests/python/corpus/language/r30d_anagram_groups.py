# Grouping anagrams with defaultdict and sorted keys, and finding the largest groups
from collections import defaultdict

words = """listen silent enlist inlets google banana tinsel stone notes onset tones
seton act cat tac dog god odg evil vile live veil levi abc""".split()
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)
for key, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    if len(members) > 1:
        print(f"{key:>8}: {' '.join(sorted(members))}")
singles = sorted(w for ws in groups.values() if len(ws) == 1 for w in ws)
print("no anagram:", singles)
biggest = max(groups.values(), key=len)
print(len(groups), len(biggest), biggest[0])
print(groups["zzz"], len(groups))
