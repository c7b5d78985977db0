# Records as plain tuples, then as namedtuples: sorting, unpacking, _replace, and field errors
from collections import namedtuple

rows = [('w1', 0.3, True), ('w2', 0.1, False), ('w3', 0.2, True)]
for name, delay, ok in sorted(rows, key=lambda r: r[1]):
    print(f'{name} {delay:.1f} {"ok" if ok else "failed"}')
Run = namedtuple('Run', 'name delay ok')
runs = [Run(*r) for r in rows]
print(runs[0], runs[0].delay, runs[0]._replace(ok=False), sum(r.delay for r in runs))
print(max(runs, key=lambda r: r.delay).name, [r.name for r in runs if r.ok])
print(Run._fields, runs[1] == ('w2', 0.1, False), tuple(runs[2]), dict(runs[2]._asdict()))
try:
    Run('x', 1)
except TypeError as e:
    print('TypeError:', e)
runs[0].delay = 5
