# The library's classes that are C types in CPython are named 'module.Name' in its messages: itertools', collections', re's, io's
import collections, io, itertools, random, re

def error(make, op):
    try:
        op(make())
    except (TypeError, AttributeError) as e:
        return f'{type(e).__name__}: {e}'

makers = [itertools.count, lambda: itertools.chain([1]), lambda: itertools.cycle('ab'), lambda: itertools.islice('abc', 2),
          lambda: itertools.groupby('aab'), lambda: itertools.product('ab'), lambda: itertools.tee('ab')[0],
          collections.deque, collections.OrderedDict, lambda: collections.defaultdict(list), collections.Counter,
          lambda: re.compile(r'\d+'), lambda: re.match('a', 'abc'), io.StringIO, lambda: random.Random(5)]
for make in makers:
    print(error(make, lambda o: o + 1))
print(error(itertools.count, len))
print(error(collections.OrderedDict, hash))
print(error(lambda: collections.defaultdict(int), lambda d: d[[1]]))
print(error(io.StringIO, lambda s: s[0]))
print(error(io.StringIO, lambda s: s.nope))
print(error(collections.deque, next))
print(error(lambda: re.compile('x'), lambda p: p.nope))
for t in (itertools.count, collections.OrderedDict, re.Pattern, io.StringIO, random.Random, collections.deque):
    print(t, t.__name__, t.__qualname__, t.__module__)
