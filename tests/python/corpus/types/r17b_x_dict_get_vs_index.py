# Reading dict entries: [] with KeyError, get with defaults, in, setdefault and a counting loop
ages = {'ann': 31, 'bob': 25}
print(ages['ann'], ages.get('cy'), ages.get('cy', 'unknown'), 'bob' in ages, 25 in ages.values())
words = 'the cat the dog the end'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: -kv[1])[0])
key = ('x', 1)
coords = {key: 'tuple key', 1.0: 'float', True: 'bool'}
print(coords, coords[1], coords[('x', 1)])
print(ages['cy'])
