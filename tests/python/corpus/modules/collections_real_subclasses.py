# collections' Counter, defaultdict, OrderedDict derive from dict and namedtuple's classes from tuple: __mro__, json, ==, len, unpacking.
import json
from collections import Counter, OrderedDict, defaultdict, namedtuple

c = Counter("abracadabra")
print([k.__name__ for k in type(c).__mro__], isinstance(c, dict), c == dict(c), dict(c) == c)
print(json.dumps(c, sort_keys=True), len(c), sorted(c), c["z"], "z" in c, c.get("z"))
print(dict.__repr__(c), list(c.items())[:2], {**c}["a"], c | Counter("zz"), +Counter(a=-1, b=2))
c += Counter("aa")
c -= Counter("bbbbbb")
print(c, c.total(), c.most_common(2), type(c.copy()).__name__)

d = defaultdict(list)
d["x"].append(1)
d["y"]
print(d, [k.__name__ for k in type(d).__mro__], d == {"x": [1], "y": []}, json.dumps(d), len(d))
print(d.get("z"), "z" in d, d.default_factory, dict(d), defaultdict(int, a=1) | {"b": 2}, {"q": 0} | defaultdict(int))
dd = defaultdict(lambda: "?")
print(dd["k"], dict(dd), isinstance(dd, dict), type(dd.copy()).__name__, repr(dd).startswith("defaultdict(<function <lambda> at "))
try:
    defaultdict(None)["nope"]
except KeyError as e:
    print("KeyError:", e)

o = OrderedDict(b=2, a=1)
o["c"] = 3
o.move_to_end("b")
o.move_to_end("c", last=False)
print(o, list(o), o.popitem(), o.popitem(last=False), o, json.dumps(o))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, isinstance(o, dict))
print([k.__name__ for k in OrderedDict.__mro__], o.keys(), o.items(), OrderedDict.fromkeys("xy", 0))

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
x, y = p
print(p, x, y, p.x, p[1], p == (1, 2), (1, 2) == p, p + (3,), p * 2, len(p), hash(p) == hash((1, 2)))
print([k.__name__ for k in Point.__mro__], isinstance(p, tuple), json.dumps(p), json.dumps({"p": p}), tuple(p), list(p))
print(p._replace(x=9), p._asdict(), Point._make([5, 6]), sorted([Point(2, 1), Point(1, 2)]), max(Point(3, 0)), p.index(2), p.count(1))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError:", e)

class Vec(Point):
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(3, 4)
v.label = "v"
print(v, v.norm2(), v.label, isinstance(v, Point), v == (3, 4), [k.__name__ for k in Vec.__mro__][:3])
