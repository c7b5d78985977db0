# Language: dicts: get/setdefault/pop/update, views, comprehension, merge, nested, del.
d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, list(d), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('e', 5))
print(d.pop('e'), d.pop('zz', 'missing'), 'a' in d, 2 in d.values(), len(d))
d.update(b=20, f=6)
d.update([('g', 7)])
print(d, d | {'h': 8}, {**d, 'a': 100}['a'])
keys = d.keys()
del d['f']
print(keys, list(d.items())[:2], sorted(d, key=d.get, reverse=True))
print({v: k for k, v in d.items()}, dict(zip('xy', [1, 2])), dict(a=1, b=2) == {'b': 2, 'a': 1})
inventory = {'apples': {'count': 3}, 'pears': {'count': 0}}
inventory['apples']['count'] += 2
print(inventory, [k for k, v in inventory.items() if v['count']])
print(d.keys() & {'a', 'zz'}, list(reversed(d)), d.popitem(), d)
copy = d.copy()
copy.clear()
print(copy, d, {1: 'int', 1.0: 'float', True: 'bool'})
