import collections, itertools, functools, re, dataclasses, contextvars, asyncio, types
from collections import deque, defaultdict, Counter, OrderedDict
class D(dict): pass
class L(list):
    def __class_getitem__(cls, item):
        return f"L of {item!r}"
print(deque[int], defaultdict[str, int], Counter[str], OrderedDict[str, int], D[int], L[int])
print(itertools.chain[int], functools.cached_property[int], re.Pattern[str], re.Match[str], dataclasses.Field[int])
print(list[int], dict[str, list[int]], tuple[int, ...], set[str], frozenset[int], type[int], enumerate[str])
print(functools.partial[int], contextvars.ContextVar[int], asyncio.Future[str], asyncio.Task[None], asyncio.Queue[int])
print(dir(list).count('__class_getitem__'), '__class_getitem__' in dir(D), list.__class_getitem__(int))
for bad in (int, str, float, object, Exception, zip, range, bytes, type(None)):
    try:
        bad[int]
    except TypeError as e:
        print(e)
for c in (list, D, enumerate, contextvars.Token, asyncio.Task):
    try:
        c.__class_getitem__()
    except TypeError as e:
        print(e)
try:
    list.__class_getitem__(int, x=1)
except TypeError as e:
    print(e)
def f(q: deque[int], counts: defaultdict[str, int]) -> Counter[str]:
    return Counter(q)
print(f(deque([1, 1, 2]), defaultdict(int)), f.__annotations__)
