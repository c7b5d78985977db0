# dict views are live, changing size during iteration fails, dict ordering and equality
d = {'a': 1, 'b': 2}
keys = d.keys()
vals = d.values()
d['c'] = 3
print(keys, vals, len(keys), 'c' in keys, list(reversed(d)))
print(keys & {'a', 'z'}, keys | {'z'} == {'a', 'b', 'c', 'z'}, keys - {'a'} == {'b', 'c'})
print({'x': 1, 'y': 2} == {'y': 2, 'x': 1}, list({'x': 1, 'y': 2}) == list({'y': 2, 'x': 1}))
d2 = dict.fromkeys(['p', 'q'], [])
d2['p'].append(1)
print(d2)
print({True: 'a', 1: 'b', 1.0: 'c'})
counts = {}
for ch in 'hello':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
print(list(d.items())[0], next(iter(d.values())))
for k in d:
    d[k + k] = 0
