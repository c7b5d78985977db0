# Language: collections.namedtuple fields, repr, unpacking, _replace and _asdict.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
Result = namedtuple('Result', 'n value')
p = Point(3, 4)
print(p, p.x, p[1], len(p))
x, y = p
print(x + y, p == (3, 4), p._replace(y=10))
print(p._asdict(), Point._fields)
results = [Result(n, n * n) for n in range(4)]
print(max(results, key=lambda r: r.value))
print(sorted(results, reverse=True)[0], Result(n=1, value=2))
