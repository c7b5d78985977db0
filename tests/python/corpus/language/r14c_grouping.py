# Grouping with setdefault, defaultdict and itertools.groupby (sorted first).
from collections import defaultdict
from itertools import groupby

words = ["apple", "avocado", "banana", "blueberry", "cherry", "kiwi", "apricot", "cranberry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)

by_len = defaultdict(list)
for w in words:
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k])

for key, grp in groupby(sorted(words, key=len), key=len):
    print(key, list(grp))

sales = [("north", 10), ("south", 5), ("north", 7), ("east", 3), ("south", 1)]
totals = defaultdict(int)
for region, amount in sales:
    totals[region] += amount
print(dict(totals), max(totals, key=totals.get))
print(dict(sorted(totals.items(), key=lambda kv: kv[1])))
