# namedtuple and OrderedDict: fields, _replace, _asdict, move_to_end and an LRU
from collections import namedtuple, OrderedDict

Result = namedtuple('Result', ['worker', 'value', 'elapsed'], defaults=[0.0])
r = Result('A', 7)
print(r, r.worker, r[1], r._fields, r._asdict())
print(r._replace(value=9), Result._make(['B', 3, 1.5]))
w, v, e = r
print(w, v, e, isinstance(r, tuple), r == ('A', 7, 0.0))

cache = OrderedDict()
def put(k, v, cap=3):
    cache[k] = v
    cache.move_to_end(k)
    if len(cache) > cap:
        print('evict', cache.popitem(last=False))
for k in 'abcad':
    put(k, ord(k))
print(list(cache.items()))
print(r.missing)
