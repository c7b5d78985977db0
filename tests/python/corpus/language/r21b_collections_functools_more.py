# Counter arithmetic, UserDict, namedtuple defaults, singledispatch, operator module
import itertools, functools, operator, collections
print(list(itertools.batched('abcdefg', 3)) if hasattr(itertools, 'batched') else 'no batched')
print(functools.reduce(operator.add, [1, 2, 3]), operator.mul(3, 4), operator.itemgetter(1)('abc'))
c = collections.Counter('the quick brown fox jumps over the lazy dog'.replace(' ', ''))
print(c.most_common(5), c.total(), sorted(c.elements())[:5])
print(collections.Counter([1, 1, 2]) + collections.Counter([2, 3]), collections.Counter(a=2) & collections.Counter(a=1, b=1))
c2 = collections.Counter(a=3); c2.subtract(a=5); print(c2, +c2, -c2)
print(repr(collections.defaultdict(int)), repr(collections.OrderedDict(a=1)), collections.deque('ab', maxlen=5))
UserDict = collections.UserDict
class D(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
d = D(); d['A'] = 1; print(d, d.data)
print(list(itertools.product([0, 1], repeat=3))[:3], sum(1 for _ in itertools.permutations(range(5))))
Card = collections.namedtuple('Card', 'rank suit', defaults=['hearts'])
print(Card('A'), Card._field_defaults, Card('K', 'spades')._asdict())
print(functools.cache(lambda n: n)(3))
@functools.singledispatch
def show(x): return f'obj {x}'
@show.register
def _(x: int): return f'int {x}'
@show.register(list)
def _(x): return f'list of {len(x)}'
print(show('a'), show(3), show([1, 2]))
print(list(itertools.islice(itertools.count(), 0, 10, 3)), list(itertools.groupby([1, 1, 2]))[0][0])
