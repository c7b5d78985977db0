# A learner's tour of collections: Counter arithmetic, defaultdict, deque with maxlen, namedtuple defaults, OrderedDict, ChainMap
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c, c.most_common(2), c["dog"], c.total())
c.update(["cat", "cat"])
c.subtract({"the": 2})
print(c, sorted(c.elements())[:5], +c, c - Counter(the=1), c & Counter(cat=1, hat=5), c | Counter(dog=1))
print(Counter("mississippi").most_common(), Counter(a=3) == Counter(a=3, b=0))
d = defaultdict(list)
for w in words:
    d[len(w)].append(w)
print(d, dict(d), d.default_factory)
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(counts, counts["z"], len(counts))
q = deque([1, 2, 3], maxlen=4)
q.append(4)
q.append(5)
q.appendleft(0)
print(q, q.maxlen, q.popleft(), q.pop(), q)
q.rotate(1)
print(q, list(reversed(q)), q[0], q[-1], q.count(3), deque("abc"))
Point = namedtuple("Point", ["x", "y"], defaults=[0])
p = Point(3)
print(p, p._asdict(), p._replace(y=7), Point._fields, Point._field_defaults, p.x + p.y, tuple(p))
x, y = Point(1, 2)
print(x, y, Point._make([5, 6]), p == (3, 0), isinstance(p, tuple))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, od.popitem(last=False), list(od.keys()))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), dict(cm), cm.maps)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
