# OrderedDict's keys(), values() and items() print as odict_keys([...]) and stay live views.
from collections import OrderedDict

scores = OrderedDict()
scores['ann'] = 3
scores['bob'] = 5
keys = scores.keys()
print(keys)
print(scores.values())
print(scores.items())
print(type(keys).__name__, len(keys), 'ann' in keys, ('bob', 5) in scores.items(), 5 in scores.values())
scores['cy'] = 1
scores.move_to_end('ann')
print(keys, list(reversed(keys)))
print(sorted(keys & {'bob', 'zed'}), sorted(keys - {'bob'}), keys == {'ann', 'bob', 'cy'})
for name, score in scores.items():
    print(f'{name}: {score}')
print(OrderedDict().keys(), OrderedDict().items())
print(list(OrderedDict.fromkeys('abca').keys()))
