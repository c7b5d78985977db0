from collections import Counter, defaultdict, namedtuple, deque, OrderedDict
import heapq, bisect, itertools, functools, operator, string, copy

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c.most_common(2), c["the"], c["zzz"], sorted(c.elements())[:4])
print(c + Counter(["cat"]), c - Counter(["the"] * 5))
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dict(dd), dd[99], len(dd))
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p._asdict(), p._replace(x=5), p.x + p.y, tuple(p))
d = deque([1, 2, 3], maxlen=3)
d.append(4); d.appendleft(0)
print(d, list(d), d.maxlen)
h = [5, 1, 4, 2]
heapq.heapify(h)
print(heapq.heappop(h), heapq.nsmallest(2, [9, 3, 7]), heapq.nlargest(1, "abc"))
a = [1, 3, 5]
bisect.insort(a, 4)
print(a, bisect.bisect_left(a, 4))
print(functools.reduce(operator.add, range(5)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:5])
x = [[1, 2], [3]]
y = copy.deepcopy(x); y[0].append(9)
print(x, y, copy.copy(x)[0] is x[0])
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od.keys()))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])))
