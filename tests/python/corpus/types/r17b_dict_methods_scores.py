# Dict methods on a scores table: get, setdefault, update, pop, items sorted
scores = {'ann': 82, 'bob': 75}
scores['cy'] = 91
print(scores.get('dan'), scores.get('dan', 0))
scores.setdefault('dan', 60)
scores.setdefault('ann', 0)
scores.update(bob=78, eve=88)
print(scores)
print(scores.pop('cy'), scores.pop('zed', 'n/a'))
for name, s in sorted(scores.items(), key=lambda kv: kv[1], reverse=True):
    print(f'{name:<5}{s:>4}')
print(list(scores.keys()), list(scores.values()))
print({k: v for k, v in scores.items() if v >= 80})
print(scores | {'ann': 100}, len(scores))
print(scores.popitem(), 'ann' in scores, 82 in scores)
scores['zed']
