# dicts keep insertion order; the usual methods.
d = {'b': 2, 'a': 1}
d['c'] = 3
d['b'] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d['b']
d['b'] = 200
print(d)
print(d.get('a'), d.get('zz'), d.get('zz', 0), 'a' in d, 1 in d, len(d))
print(d.pop('a'), d.pop('zz', 'none'), d)
d.update({'x': 9, 'c': 30})
d.update(y=10)
print(d)
print(d.setdefault('c', 0), d.setdefault('new', []), d)
print(d.popitem(), d)
counts = {}
for word in 'the cat and the hat and the bat'.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict(zip('ab', [1, 2])), dict.fromkeys('ab', 0))
merged = {'a': 1} | {'b': 2, 'a': 3}
print(merged, {1: 'int', 1.0: 'float', True: 'bool'})
copy = merged.copy()
copy.clear()
print(copy, merged)
for k, v in {'z': 1, 'y': 2, 'x': 3}.items():
    print(k, v, end='; ')
print()
nested = {'outer': {'inner': [1, 2]}}
print(nested['outer']['inner'][1], {(1, 2): 'tuple key'}[(1, 2)])
keys = d.keys()
d['late'] = 1
print(keys)
