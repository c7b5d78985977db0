# Language: collections.defaultdict grouping numbers by their remainder and counting.
from collections import defaultdict

groups = defaultdict(list)
for n in range(10):
    groups[n % 3].append(n)
print(groups)
print(dict(groups), groups[5], len(groups))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts['z'])
nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 2
print(nested['a']['x'], 'b' in nested, type(groups).__name__)
