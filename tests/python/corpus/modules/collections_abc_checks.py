# collections.abc: the ABCs recognise classes by their methods and the built-in
# containers as registered; Mapping and MutableSequence give their mixins;
# Iterable[int] in annotations; collections.abc reached after import collections.
import collections.abc
from collections.abc import Iterable, Iterator, Sized, Container, Callable, Awaitable, Coroutine, Hashable
from collections.abc import Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, AsyncIterator
import asyncio

class Mine:
    def __iter__(self): return iter([])
async def co(): pass
def gen(): yield 1
c = co()
vals = [[1], (1,), 'x', b'x', {1: 2}, {1}, frozenset(), range(2), 1, 2.5, None, Mine(), iter([]), gen(), c, len, print, {}.keys()]
for abc_ in (Iterable, Iterator, Sized, Container, Callable, Awaitable, Coroutine, Hashable, Sequence, MutableSequence,
             Mapping, MutableMapping, Set, MutableSet, Generator):
    print(f'{abc_.__name__:16}', ''.join('T' if isinstance(v, abc_) else '.' for v in vals))
c.close()
print(collections.abc.Iterable is Iterable, Iterable.__module__, repr(Iterable), Iterable[int], Mapping[str, int])
class Inventory(Mapping):
    def __init__(self, d): self._d = dict(d)
    def __getitem__(self, k): return self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
inv = Inventory({'a': 1, 'b': 2})
print(inv.get('a'), inv.get('z', 0), 'a' in inv, list(inv.keys()), list(inv.items()), list(inv.values()), inv == {'a': 1, 'b': 2})
class Stack(MutableSequence):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
s = Stack()
s.append(1); s.extend([2, 3]); s.reverse()
print(list(s), s.pop(), s.index(2), s.count(3), 2 in s, list(reversed(s)))
try:
    class Half(Sequence):
        pass
    Half()
except TypeError as e:
    print('TypeError:', e)
def total(xs: Iterable[int]) -> int:
    return sum(xs)
print(total([1, 2]), total.__annotations__)
print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(Stack, Sized))
import collections as _c
print(_c.abc is collections.abc, issubclass(Inventory, _c.abc.Collection))
