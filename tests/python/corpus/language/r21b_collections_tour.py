# collections: Counter, defaultdict, namedtuple, OrderedDict, ChainMap, deque
from collections import Counter, defaultdict, namedtuple, OrderedDict, ChainMap, deque
words = 'the cat and the hat and the bat'.split()
c = Counter(words)
print(c.most_common(2), c['the'], c['zebra'], sorted(c.items()))
print(Counter('abracadabra').most_common(3), Counter(a=3, b=1) - Counter(a=1, b=2))
d = defaultdict(list)
for w in words:
    d[len(w)].append(w)
print(dict(d), d[99], len(d))
s = 'mississippi'
dd = defaultdict(int)
for k in s:
    dd[k] += 1
print(sorted(dd.items()))
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p[0] + p[1], p.x, p._asdict(), p._replace(x=0), Point._fields)
x, y = p
print(x, y, Point._make([1, 2]))
od = OrderedDict.fromkeys('abc')
od.move_to_end('a')
print(od, list(od), od.popitem(last=False))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], dict(cm) == {'a': 1, 'b': 3}, len(cm))
dq = deque([1, 2, 3]); dq.rotate(-1)
print(dq)
print(p.z)
