# Changing a dict while iterating it: the RuntimeError, and iterating a copy instead
tasks = {'a': 'done', 'b': 'pending', 'c': 'done'}
for k in list(tasks):
    if tasks[k] == 'done':
        del tasks[k]
print(tasks)
d = dict.fromkeys(range(5), 0)
print({k: v for k, v in d.items() if k % 2}, d)
print(dict(sorted({'b': 2, 'a': 1}.items())), list(reversed({'x': 1, 'y': 2})))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print('RuntimeError:', e)
for k in tasks:
    tasks[k + '2'] = 'new'
